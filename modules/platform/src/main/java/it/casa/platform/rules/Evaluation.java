package it.casa.platform.rules;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a rule set on a record's facts and why, criterion by criterion, with the version that gave it: a
 * decision stores {@link #version()} and explains itself later by evaluating that version again.
 *
 * @param unknownFacts facts the criteria needed and were not given; the outcome treats their criteria as not met
 */
public record Evaluation(RuleVersionId version, RuleSetId ruleSet, String versionKey, AdoptingAct act, String outcome,
		Label outcomeLabel, List<CriterionResult> criteria, List<String> unknownFacts) {

	public Evaluation {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(outcome, "outcome");
		criteria = List.copyOf(criteria);
		unknownFacts = List.copyOf(unknownFacts);
	}

	/** Whether every fact the criteria test was given. */
	public boolean complete() {
		return unknownFacts.isEmpty();
	}

	public CriterionResult criterion(String id) {
		return criteria.stream()
			.filter(result -> result.criterion().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No criterion " + id + " in version " + versionKey));
	}
}
