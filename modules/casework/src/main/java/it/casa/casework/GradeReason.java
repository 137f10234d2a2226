package it.casa.casework;

import java.util.Map;
import java.util.Objects;

/**
 * One reason of a {@link GradeProposal}: a criterion found true, with the values that let the UI
 * explain it ("the eviction is due on 12 March, in 5 days").
 *
 * @param criterion the criterion found true
 * @param parameters named values for the criterion's message, as plain strings (ISO dates, plain
 *        decimals); see each {@link TriageCriterion} for the names
 */
public record GradeReason(TriageCriterion criterion, Map<String, String> parameters) {

	public GradeReason {
		Objects.requireNonNull(criterion, "criterion");
		parameters = Map.copyOf(parameters);
	}

	/** A reason without parameters. */
	public static GradeReason of(TriageCriterion criterion) {
		return new GradeReason(criterion, Map.of());
	}

	/** The stable message key of the criterion. */
	public String code() {
		return criterion.code();
	}
}
