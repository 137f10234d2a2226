package it.casa.casework;

import java.util.List;
import java.util.Objects;

/**
 * The grade the system proposes for a household and why; the worker confirms or overrides it with a
 * {@link GradeDecision}.
 *
 * @param grade the proposed grade
 * @param reasons why, most severe first; never empty
 */
public record GradeProposal(Grade grade, List<GradeReason> reasons) {

	public GradeProposal {
		Objects.requireNonNull(grade, "grade");
		reasons = List.copyOf(reasons);
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("A grade proposal needs at least one reason");
		}
	}

	/** The criteria of the reasons, in the same order. */
	public List<TriageCriterion> criteria() {
		return reasons.stream().map(GradeReason::criterion).toList();
	}
}
