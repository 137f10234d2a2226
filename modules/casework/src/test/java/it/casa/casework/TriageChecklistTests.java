package it.casa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageChecklistTests {

	private static TriageChecklist rentAndIncome(String rent, String income) {
		return TriageChecklist.builder()
			.rentAndIncome(rent == null ? null : new BigDecimal(rent), income == null ? null : new BigDecimal(income))
			.build();
	}

	@ParameterizedTest
	@CsvSource({ "300, 1000, false", "300.00, 1000, false", "300.01, 1000, true", "299.99, 1000, false",
			"650, 1500, true", "450, 1500, false", "1, 0, true", "0, 0, false", "0, 1000, false" })
	void rentIsUnsustainableAboveThirtyPercentOfIncome(String rent, String income, boolean unsustainable) {
		assertThat(rentAndIncome(rent, income).isRentUnsustainable()).isEqualTo(unsustainable);
	}

	@ParameterizedTest
	@CsvSource(value = { "NULL, 1000", "500, NULL", "NULL, NULL" }, nullValues = "NULL")
	void rentSustainabilityIsNotJudgedWithAnAmountUnknown(String rent, String income) {
		TriageChecklist checklist = rentAndIncome(rent, income);

		assertThat(checklist.isRentUnsustainable()).isFalse();
		assertThat(checklist.rentPercentOfIncome()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "650, 1500, 43.3", "300, 1000, 30.0", "1, 3, 33.3", "2, 3, 66.7" })
	void computesRentPercentOfIncomeToOneDecimal(String rent, String income, String percent) {
		assertThat(rentAndIncome(rent, income).rentPercentOfIncome()).contains(new BigDecimal(percent));
	}

	@Test
	void rentPercentIsUndefinedWithNoIncome() {
		assertThat(rentAndIncome("400", "0").rentPercentOfIncome()).isEmpty();
	}

	@Test
	void refusesNegativeAmounts() {
		assertThatThrownBy(() -> rentAndIncome("-1", "1000")).isInstanceOfSatisfying(InvalidCaseDataException.class,
				e -> assertThat(e.code()).isEqualTo("triage.monthlyRent.negative"));
		assertThatThrownBy(() -> rentAndIncome("500", "-0.01")).isInstanceOfSatisfying(InvalidCaseDataException.class,
				e -> assertThat(e.code()).isEqualTo("triage.monthlyHouseholdIncome.negative"));
	}

	@Test
	void refusesAnEvictionDateWithoutAnEvictionInProgress() {
		assertThatThrownBy(() -> new TriageChecklist(EnumSet.noneOf(ArrearsKind.class), false, LocalDate.of(2026, 7, 1),
				null, SocialNetwork.ADEQUATE, WorkSituation.STABLE, false, false, false, false, false, false, null, null))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("triage.evictionDate.withoutEviction"));
	}

	@Test
	void builderStartsWithNothingObserved() {
		TriageChecklist checklist = TriageChecklist.builder().build();

		assertThat(checklist.hasArrears()).isFalse();
		assertThat(checklist.evictionInProgress()).isFalse();
		assertThat(checklist.socialNetwork()).isEqualTo(SocialNetwork.ADEQUATE);
		assertThat(checklist.work()).isEqualTo(WorkSituation.STABLE);
		assertThat(List.of(checklist.noSavings(), checklist.violence(), checklist.pendingCriminalProceedings(),
				checklist.fragileMembers(), checklist.unsafeDwelling(), checklist.noPlaceToLive()))
			.containsOnly(false);
	}

	@Test
	void evictionDateImpliesAnEvictionInProgress() {
		TriageChecklist checklist = TriageChecklist.builder().evictionOn(LocalDate.of(2026, 7, 1)).build();

		assertThat(checklist.evictionInProgress()).isTrue();
		assertThat(checklist.evictionDate()).isEqualTo(LocalDate.of(2026, 7, 1));
	}

	@Test
	void arrearsAreCopiedAndKeptInDeclarationOrder() {
		EnumSet<ArrearsKind> kinds = EnumSet.of(ArrearsKind.HOUSING_COSTS, ArrearsKind.RENT);
		TriageChecklist checklist = new TriageChecklist(kinds, false, null, null, SocialNetwork.ADEQUATE,
				WorkSituation.STABLE, false, false, false, false, false, false, null, null);
		kinds.add(ArrearsKind.MORTGAGE);

		assertThat(checklist.arrears()).containsExactly(ArrearsKind.RENT, ArrearsKind.HOUSING_COSTS);
		assertThatThrownBy(() -> checklist.arrears().add(ArrearsKind.MORTGAGE))
			.isInstanceOf(UnsupportedOperationException.class);
	}
}
