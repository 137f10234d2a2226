package it.casa.platform.web;

import java.util.List;

/** Fields of a request broke a module's rules; answered as a 400 problem that lists them. */
public class InvalidFieldsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<FieldProblem> problems;

	public InvalidFieldsException(List<FieldProblem> problems) {
		super(problems.size() + " field(s) are invalid");
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
