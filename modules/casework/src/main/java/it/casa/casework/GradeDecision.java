package it.casa.casework;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The grade the agency social worker assigns at triage, next to the one the system proposed. Choosing
 * another grade than the proposed one is an override and needs a reason, so that the grade history
 * explains itself; confirming the proposal takes no reason (the proposal's reasons are the
 * explanation), and a reason given anyway is refused rather than silently dropped.
 *
 * @param proposed the grade the system proposed
 * @param chosen the grade the worker assigns
 * @param overrideReason why the worker chose another grade, trimmed; null when confirming
 * @param overrideWording why, when a rule of CASA chose the grade rather than a person (a hand-over from the emergency
 *        service): kept as a code, worded in each reader's language; never with {@code overrideReason}
 */
public record GradeDecision(Grade proposed, Grade chosen, @Nullable String overrideReason,
		@Nullable Wording overrideWording) {

	/** The longest override reason accepted, in characters. */
	public static final int MAX_OVERRIDE_REASON_LENGTH = 2000;

	/**
	 * @throws InvalidCaseDataException {@code gradeDecision.overrideReason.required},
	 *         {@code gradeDecision.overrideReason.notAllowed} or {@code gradeDecision.overrideReason.tooLong}
	 */
	public GradeDecision {
		Objects.requireNonNull(proposed, "proposed");
		Objects.requireNonNull(chosen, "chosen");
		overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
		if (overrideReason != null && overrideWording != null) {
			throw new IllegalArgumentException("An override has a reason typed by a person or one of CASA's, not both");
		}
		if (chosen != proposed && overrideReason == null && overrideWording == null) {
			throw new InvalidCaseDataException("gradeDecision.overrideReason.required",
					"Choosing grade " + chosen.number() + " instead of the proposed " + proposed.number() + " needs a reason",
					Map.of("proposed", Integer.toString(proposed.number()), "chosen", Integer.toString(chosen.number())));
		}
		if (chosen == proposed && (overrideReason != null || overrideWording != null)) {
			throw new InvalidCaseDataException("gradeDecision.overrideReason.notAllowed",
					"The proposed grade is confirmed: there is nothing to override");
		}
		if (overrideReason != null && overrideReason.length() > MAX_OVERRIDE_REASON_LENGTH) {
			throw new InvalidCaseDataException("gradeDecision.overrideReason.tooLong",
					"The override reason is longer than " + MAX_OVERRIDE_REASON_LENGTH + " characters",
					Map.of("maxLength", Integer.toString(MAX_OVERRIDE_REASON_LENGTH)));
		}
	}

	/** A decision of a person. */
	public GradeDecision(Grade proposed, Grade chosen, @Nullable String overrideReason) {
		this(proposed, chosen, overrideReason, null);
	}

	/** The worker confirms the proposed grade. */
	public static GradeDecision confirm(GradeProposal proposal) {
		return new GradeDecision(proposal.grade(), proposal.grade(), null);
	}

	/** A rule of CASA assigns {@code chosen} instead of the proposed grade, for the reason {@code why}. */
	public static GradeDecision overrideByRule(GradeProposal proposal, Grade chosen, Wording why) {
		return new GradeDecision(proposal.grade(), chosen, null, why);
	}

	/**
	 * The worker assigns {@code chosen} instead of the proposed grade, for {@code reason}.
	 *
	 * @throws InvalidCaseDataException as the constructor does
	 */
	public static GradeDecision override(GradeProposal proposal, Grade chosen, String reason) {
		return new GradeDecision(proposal.grade(), chosen, reason);
	}

	/** Whether the worker chose another grade than the proposed one. */
	public boolean isOverride() {
		return chosen != proposed;
	}
}
