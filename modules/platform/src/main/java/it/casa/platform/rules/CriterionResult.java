package it.casa.platform.rules;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How one criterion came out: the fact as given, the thresholds it was compared with, and whether it was met.
 *
 * @param value the fact's value ({@link Boolean}, {@link java.math.BigDecimal} or {@link String}); null when unknown
 */
public record CriterionResult(String criterion, Label label, String fact, Label factLabel, @Nullable Object value,
		Unit unit, Criterion.Operator operator, List<Threshold> thresholds, Result result) {

	public CriterionResult {
		Objects.requireNonNull(criterion, "criterion");
		thresholds = List.copyOf(thresholds);
		Objects.requireNonNull(result, "result");
	}

	public boolean met() {
		return result == Result.MET;
	}

	/**
	 * One operand of the comparison.
	 *
	 * @param parameter the version's parameter it came from; null for a literal
	 * @param label the parameter's label; null for a literal
	 * @param value the threshold as text: a plain decimal, true/false or a choice value
	 */
	public record Threshold(@Nullable String parameter, @Nullable Label label, String value) {
	}

	public enum Result {
		MET, NOT_MET,
		/** The fact was not given. */
		UNKNOWN
	}
}
