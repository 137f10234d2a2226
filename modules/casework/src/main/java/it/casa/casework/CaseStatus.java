package it.casa.casework;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where a case stands in the agency's method (stato della presa in carico). The allowed transitions,
 * and the {@link CaseTransition} each one is:
 *
 * <pre>
 * from         to           transition
 * REQUESTED    TRIAGED      TRIAGE
 * REQUESTED    REJECTED     REJECT         (reason required)
 * TRIAGED      TRIAGED      RETRIAGE       (grade change)
 * TRIAGED      IN_PROGRESS  AGREE_PROJECT
 * TRIAGED      CLOSED       CLOSE          (the household withdraws before a project is agreed)
 * TRIAGED      REJECTED     REJECT         (reason required; e.g. the household declines the agency's help)
 * IN_PROGRESS  IN_PROGRESS  RETRIAGE       (grade change)
 * IN_PROGRESS  CLOSED       CLOSE
 * CLOSED       IN_PROGRESS  REOPEN         (reason required; the case had an agreed project)
 * CLOSED       TRIAGED      REOPEN         (reason required; the case was closed before any project)
 * REJECTED     REQUESTED    REOPEN         (reason required)
 * </pre>
 *
 * Every other pair, including staying in {@link #REQUESTED}, {@link #CLOSED} or {@link #REJECTED}, is
 * refused with an {@link InvalidCaseTransitionException}. A grade may change while the case is triaged
 * or in progress, never on a request not yet triaged (that is the first {@code TRIAGE}) nor on a closed
 * or rejected case, which are read-only until reopened. A reopened closed case goes back to where it was
 * closed from: {@link #IN_PROGRESS}, keeping its project and grade, or {@link #TRIAGED} when it was closed
 * before a project was agreed (the case decides which, since only it knows whether it has a project);
 * a reopened rejected request starts again from {@link #REQUESTED} and is triaged anew. The {@link StatusChange} records that it was a reopening, and
 * why.
 */
public enum CaseStatus {

	/** Activation request received (richiesta di attivazione), not yet triaged. */
	REQUESTED,

	/** A grade is assigned; interview and project to come. */
	TRIAGED,

	/** The individual project is agreed and running (presa in carico in corso). */
	IN_PROGRESS,

	/** Ended, after the restitution meeting (chiusa). Read-only until reopened. */
	CLOSED,

	/** The request was declined (respinta). Read-only until reopened. */
	REJECTED;

	private static final Map<CaseStatus, Map<CaseStatus, CaseTransition>> TRANSITIONS = transitionTable();

	/** Whether the case is still being worked on, so that it can be edited. */
	public boolean isOpen() {
		return this != CLOSED && this != REJECTED;
	}

	/** The statuses this one may move to. */
	public Set<CaseStatus> allowedTargets() {
		return TRANSITIONS.get(this).keySet();
	}

	/** Whether this status may move to {@code target}. */
	public boolean canTransitionTo(CaseStatus target) {
		return TRANSITIONS.get(this).containsKey(target);
	}

	/**
	 * Moves to {@code target} by a transition that needs no reason.
	 *
	 * @throws InvalidCaseTransitionException if the table does not allow it
	 * @throws InvalidCaseDataException ({@code case.transition.reasonRequired}) if the transition needs a reason
	 */
	public StatusChange transitionTo(CaseStatus target) {
		return transitionTo(target, null);
	}

	/**
	 * Moves to {@code target}, for {@code reason} (required when rejecting or reopening, optional
	 * otherwise).
	 *
	 * @throws InvalidCaseTransitionException if the table does not allow it
	 * @throws InvalidCaseDataException ({@code case.transition.reasonRequired},
	 *         {@code case.transition.reasonTooLong}) if the reason is missing or too long
	 */
	public StatusChange transitionTo(CaseStatus target, @Nullable String reason) {
		return new StatusChange(this, target, transitionFor(this, target), reason);
	}

	/** The transition from {@code from} to {@code to}, or an exception if there is none. */
	static CaseTransition transitionFor(CaseStatus from, CaseStatus to) {
		return Optional.ofNullable(TRANSITIONS.get(from).get(to))
			.orElseThrow(() -> new InvalidCaseTransitionException(from, to));
	}

	private static Map<CaseStatus, Map<CaseStatus, CaseTransition>> transitionTable() {
		Map<CaseStatus, Map<CaseStatus, CaseTransition>> table = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : values()) {
			table.put(status, new EnumMap<>(CaseStatus.class));
		}
		table.get(REQUESTED).put(TRIAGED, CaseTransition.TRIAGE);
		table.get(REQUESTED).put(REJECTED, CaseTransition.REJECT);
		table.get(TRIAGED).put(TRIAGED, CaseTransition.RETRIAGE);
		table.get(TRIAGED).put(IN_PROGRESS, CaseTransition.AGREE_PROJECT);
		table.get(TRIAGED).put(CLOSED, CaseTransition.CLOSE);
		table.get(TRIAGED).put(REJECTED, CaseTransition.REJECT);
		table.get(IN_PROGRESS).put(IN_PROGRESS, CaseTransition.RETRIAGE);
		table.get(IN_PROGRESS).put(CLOSED, CaseTransition.CLOSE);
		table.get(CLOSED).put(IN_PROGRESS, CaseTransition.REOPEN);
		table.get(CLOSED).put(TRIAGED, CaseTransition.REOPEN);
		table.get(REJECTED).put(REQUESTED, CaseTransition.REOPEN);
		table.replaceAll((status, targets) -> Collections.unmodifiableMap(targets));
		return Collections.unmodifiableMap(table);
	}
}
