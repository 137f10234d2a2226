package it.casa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeDecisionTests {

	private static final GradeProposal SUFFERING = new GradeProposal(Grade.SUFFERING,
			List.of(GradeReason.of(TriageCriterion.ARREARS)));

	@Test
	void confirmingTakesTheProposedGradeWithoutReason() {
		GradeDecision decision = GradeDecision.confirm(SUFFERING);

		assertThat(decision.chosen()).isEqualTo(Grade.SUFFERING);
		assertThat(decision.proposed()).isEqualTo(Grade.SUFFERING);
		assertThat(decision.overrideReason()).isNull();
		assertThat(decision.isOverride()).isFalse();
	}

	@Test
	void overridingKeepsBothGradesAndTheTrimmedReason() {
		GradeDecision decision = GradeDecision.override(SUFFERING, Grade.MULTIDIMENSIONAL_POVERTY,
				"  Il figlio ha una disabilità non ancora certificata  ");

		assertThat(decision.proposed()).isEqualTo(Grade.SUFFERING);
		assertThat(decision.chosen()).isEqualTo(Grade.MULTIDIMENSIONAL_POVERTY);
		assertThat(decision.overrideReason()).isEqualTo("Il figlio ha una disabilità non ancora certificata");
		assertThat(decision.isOverride()).isTrue();
	}

	@Test
	void overridingToALowerGradeIsAllowedWithAReason() {
		assertThat(GradeDecision.override(SUFFERING, Grade.FRAGILITY, "Arrears already settled").isOverride()).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\n" })
	void overrideWithoutReasonIsRefused(String reason) {
		assertThatThrownBy(() -> new GradeDecision(Grade.SUFFERING, Grade.EMERGENCY, reason))
			.isInstanceOfSatisfying(InvalidCaseDataException.class, e -> {
				assertThat(e.code()).isEqualTo("gradeDecision.overrideReason.required");
				assertThat(e.arguments()).containsEntry("proposed", "2").containsEntry("chosen", "4");
			});
	}

	@Test
	void reasonWhenConfirmingIsRefused() {
		assertThatThrownBy(() -> GradeDecision.override(SUFFERING, Grade.SUFFERING, "just because"))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("gradeDecision.overrideReason.notAllowed"));
	}

	@Test
	void blankReasonWhenConfirmingCountsAsNone() {
		assertThat(new GradeDecision(Grade.EMERGENCY, Grade.EMERGENCY, "  ").overrideReason()).isNull();
	}

	@Test
	void overlongReasonIsRefused() {
		String tooLong = "x".repeat(GradeDecision.MAX_OVERRIDE_REASON_LENGTH + 1);

		assertThat(GradeDecision.override(SUFFERING, Grade.FRAGILITY, tooLong.substring(1)).overrideReason())
			.hasSize(GradeDecision.MAX_OVERRIDE_REASON_LENGTH);
		assertThatThrownBy(() -> GradeDecision.override(SUFFERING, Grade.FRAGILITY, tooLong))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("gradeDecision.overrideReason.tooLong"));
	}

	@ParameterizedTest
	@CsvSource({ "1, FRAGILITY", "2, SUFFERING", "3, MULTIDIMENSIONAL_POVERTY", "4, EMERGENCY" })
	void gradesAreNumberedOneToFour(int number, Grade grade) {
		assertThat(Grade.ofNumber(number)).isEqualTo(grade);
		assertThat(grade.number()).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 5, -1 })
	void unknownGradeNumberIsRefused(int number) {
		assertThatThrownBy(() -> Grade.ofNumber(number)).isInstanceOfSatisfying(InvalidCaseDataException.class,
				e -> assertThat(e.code()).isEqualTo("grade.unknown"));
	}

	@ParameterizedTest
	@EnumSource(Grade.class)
	void noGradeIsMoreSevereThanItself(Grade grade) {
		assertThat(grade.isMoreSevereThan(grade)).isFalse();
	}

	@Test
	void emergencyIsMoreSevereThanMultidimensionalPoverty() {
		assertThat(Grade.EMERGENCY.isMoreSevereThan(Grade.MULTIDIMENSIONAL_POVERTY)).isTrue();
		assertThat(Grade.MULTIDIMENSIONAL_POVERTY.isMoreSevereThan(Grade.EMERGENCY)).isFalse();
	}

	@Test
	void proposalNeedsAReason() {
		assertThatThrownBy(() -> new GradeProposal(Grade.FRAGILITY, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
