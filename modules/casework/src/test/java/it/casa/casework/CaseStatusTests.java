package it.casa.casework;

import static it.casa.casework.CaseStatus.CLOSED;
import static it.casa.casework.CaseStatus.IN_PROGRESS;
import static it.casa.casework.CaseStatus.REJECTED;
import static it.casa.casework.CaseStatus.REQUESTED;
import static it.casa.casework.CaseStatus.TRIAGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStatusTests {

	/** The table of the lifecycle, written out again here so that a change to it must be deliberate. */
	private static final Set<String> ALLOWED = Set.of("REQUESTED>TRIAGED", "REQUESTED>REJECTED", "TRIAGED>TRIAGED",
			"TRIAGED>IN_PROGRESS", "TRIAGED>CLOSED", "TRIAGED>REJECTED", "IN_PROGRESS>IN_PROGRESS", "IN_PROGRESS>CLOSED",
			"CLOSED>IN_PROGRESS", "CLOSED>TRIAGED", "REJECTED>REQUESTED");

	static Stream<Arguments> everyPairOfStatuses() {
		return Stream.of(CaseStatus.values())
			.flatMap(from -> Stream.of(CaseStatus.values()).map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} to {1}")
	@MethodSource("everyPairOfStatuses")
	void allowsExactlyTheTransitionsOfTheTable(CaseStatus from, CaseStatus to) {
		assertThat(from.canTransitionTo(to)).isEqualTo(ALLOWED.contains(from + ">" + to));
	}

	@ParameterizedTest(name = "{0} to {1}")
	@MethodSource("everyPairOfStatuses")
	void refusesEveryOtherTransitionWithFromToAndStableCode(CaseStatus from, CaseStatus to) {
		if (ALLOWED.contains(from + ">" + to)) {
			assertThat(from.transitionTo(to, "reason").to()).isEqualTo(to);
		}
		else {
			assertThatThrownBy(() -> from.transitionTo(to, "reason"))
				.isInstanceOfSatisfying(InvalidCaseTransitionException.class, e -> {
					assertThat(e.from()).isEqualTo(from);
					assertThat(e.to()).isEqualTo(to);
					assertThat(e.code()).isEqualTo("case.transition.invalid");
				});
		}
	}

	@ParameterizedTest
	@CsvSource({ "REQUESTED, TRIAGED, TRIAGE", "REQUESTED, REJECTED, REJECT", "TRIAGED, TRIAGED, RETRIAGE",
			"TRIAGED, IN_PROGRESS, AGREE_PROJECT", "TRIAGED, CLOSED, CLOSE", "TRIAGED, REJECTED, REJECT",
			"IN_PROGRESS, IN_PROGRESS, RETRIAGE", "IN_PROGRESS, CLOSED, CLOSE", "CLOSED, IN_PROGRESS, REOPEN",
			"CLOSED, TRIAGED, REOPEN", "REJECTED, REQUESTED, REOPEN" })
	void namesEachTransition(CaseStatus from, CaseStatus to, CaseTransition transition) {
		StatusChange change = from.transitionTo(to, "because");

		assertThat(change.from()).isEqualTo(from);
		assertThat(change.transition()).isEqualTo(transition);
	}

	@Test
	void followsTheMethodFromRequestToClosure() {
		StatusChange triaged = REQUESTED.transitionTo(TRIAGED);
		StatusChange retriaged = triaged.to().transitionTo(TRIAGED);
		StatusChange agreed = retriaged.to().transitionTo(IN_PROGRESS);
		StatusChange regraded = agreed.to().transitionTo(IN_PROGRESS);
		StatusChange closed = regraded.to().transitionTo(CLOSED, "Restituzione svolta il 12 maggio");

		assertThat(Stream.of(triaged, retriaged, agreed, regraded, closed).map(StatusChange::transition))
			.containsExactly(CaseTransition.TRIAGE, CaseTransition.RETRIAGE, CaseTransition.AGREE_PROJECT,
					CaseTransition.RETRIAGE, CaseTransition.CLOSE);
		assertThat(closed.to()).isEqualTo(CLOSED);
		assertThat(closed.reason()).isEqualTo("Restituzione svolta il 12 maggio");
	}

	@Test
	void reopenedClosedCaseGoesBackToInProgressAndRecordsIt() {
		StatusChange reopened = CLOSED.transitionTo(IN_PROGRESS, "  Nuovo avviso di sfratto  ");

		assertThat(reopened.to()).isEqualTo(IN_PROGRESS);
		assertThat(reopened.isReopening()).isTrue();
		assertThat(reopened.reason()).isEqualTo("Nuovo avviso di sfratto");
	}

	@Test
	void reopenedRejectedRequestGoesBackToRequested() {
		StatusChange reopened = REJECTED.transitionTo(REQUESTED, "New documents received");

		assertThat(reopened.to()).isEqualTo(REQUESTED);
		assertThat(reopened.isReopening()).isTrue();
	}

	@Test
	void ordinaryStepsAreNotReopenings() {
		assertThat(REQUESTED.transitionTo(TRIAGED).isReopening()).isFalse();
		assertThat(IN_PROGRESS.transitionTo(CLOSED).isReopening()).isFalse();
	}

	@Test
	void householdWithdrawingAfterTriageClosesOrRejectsTheCase() {
		assertThat(TRIAGED.transitionTo(CLOSED).transition()).isEqualTo(CaseTransition.CLOSE);
		assertThat(TRIAGED.transitionTo(REJECTED, "The household declined the agency's help").transition())
			.isEqualTo(CaseTransition.REJECT);
	}

	@Test
	void caseClosedBeforeAnyProjectIsReopenedToTriaged() {
		StatusChange reopened = CLOSED.transitionTo(TRIAGED, "The household asked again");

		assertThat(reopened.isReopening()).isTrue();
		assertThat(reopened.to()).isEqualTo(TRIAGED);
	}

	@ParameterizedTest
	@CsvSource({ "CLOSED, IN_PROGRESS", "CLOSED, TRIAGED", "REJECTED, REQUESTED", "REQUESTED, REJECTED",
			"TRIAGED, REJECTED" })
	void reopeningAndRejectingNeedAReason(CaseStatus from, CaseStatus to) {
		assertThatThrownBy(() -> from.transitionTo(to)).isInstanceOfSatisfying(InvalidCaseDataException.class,
				e -> assertThat(e.code()).isEqualTo("case.transition.reasonRequired"));
		assertThatThrownBy(() -> from.transitionTo(to, "  ")).isInstanceOfSatisfying(InvalidCaseDataException.class,
				e -> assertThat(e.code()).isEqualTo("case.transition.reasonRequired"));
	}

	@Test
	void overlongReasonIsRefused() {
		assertThatThrownBy(() -> CLOSED.transitionTo(IN_PROGRESS, "x".repeat(StatusChange.MAX_REASON_LENGTH + 1)))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("case.transition.reasonTooLong"));
	}

	@Test
	void closedCaseCannotBeRegradedWithoutReopening() {
		assertThatThrownBy(() -> CLOSED.transitionTo(CLOSED)).isInstanceOf(InvalidCaseTransitionException.class);
	}

	@Test
	void requestCannotSkipTriage() {
		assertThatThrownBy(() -> REQUESTED.transitionTo(IN_PROGRESS))
			.isInstanceOfSatisfying(InvalidCaseTransitionException.class,
					e -> assertThat(e).hasMessage("A case cannot move from REQUESTED to IN_PROGRESS"));
	}

	@Test
	void statusChangeBuiltDirectlyMustMatchTheTable() {
		assertThatThrownBy(() -> new StatusChange(TRIAGED, IN_PROGRESS, CaseTransition.REOPEN, "x"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new StatusChange(REQUESTED, CLOSED, CaseTransition.CLOSE, null))
			.isInstanceOf(InvalidCaseTransitionException.class);
		assertThat(new StatusChange(IN_PROGRESS, CLOSED, CaseTransition.CLOSE, null))
			.isEqualTo(IN_PROGRESS.transitionTo(CLOSED));
	}

	@Test
	void onlyClosedAndRejectedCasesAreNotOpen() {
		assertThat(EnumSet.allOf(CaseStatus.class)).filteredOn(status -> !status.isOpen())
			.containsExactlyInAnyOrder(CLOSED, REJECTED);
	}

	@Test
	void allowedTargetsMatchTheTable() {
		assertThat(REQUESTED.allowedTargets()).containsExactlyInAnyOrder(TRIAGED, REJECTED);
		assertThat(TRIAGED.allowedTargets()).containsExactlyInAnyOrder(TRIAGED, IN_PROGRESS, CLOSED, REJECTED);
		assertThat(CLOSED.allowedTargets()).containsExactlyInAnyOrder(IN_PROGRESS, TRIAGED);
		assertThat(REJECTED.allowedTargets()).containsExactly(REQUESTED);
		assertThatThrownBy(() -> CLOSED.allowedTargets().add(CLOSED)).isInstanceOf(UnsupportedOperationException.class);
	}
}
