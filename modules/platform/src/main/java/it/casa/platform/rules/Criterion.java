package it.casa.platform.rules;

import java.util.List;
import java.util.Objects;

/**
 * One test of a version: a fact compared with thresholds ("ISEE at most maxIsee"). Each operand is the name of one of
 * the version's parameters or a literal: a decimal number, {@code true}/{@code false} for {@link Operator#IS}, a choice
 * value for {@link Operator#ONE_OF}.
 */
public record Criterion(String id, Label label, String fact, Operator operator, List<String> operands) {

	public Criterion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(fact, "fact");
		Objects.requireNonNull(operator, "operator");
		operands = List.copyOf(operands);
	}

	public enum Operator {
		/** A yes/no fact has the value of the one operand. */
		IS,
		AT_MOST,
		AT_LEAST,
		LESS_THAN,
		GREATER_THAN,
		/** Between the two operands, both included. */
		BETWEEN,
		/** A choice fact is one of the operands. */
		ONE_OF
	}
}
