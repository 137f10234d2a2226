package it.casa.emergency.web;

import java.util.List;

/** Fields of a request broke the module's rules; answered as a 400 problem that lists them. */
class InvalidFieldsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<FieldProblem> problems;

	InvalidFieldsException(List<FieldProblem> problems) {
		super(problems.size() + " field(s) are invalid");
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * @param field the field's path in the request, e.g. {@code people.persons[1].fiscalCode}
	 * @param code a stable key: the module's rule (e.g. {@code problem.description.required}) or the constraint's name
	 * @param message an English explanation
	 */
	record FieldProblem(String field, String code, String message) {
	}
}
