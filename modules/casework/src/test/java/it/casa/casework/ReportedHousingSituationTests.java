package it.casa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

class ReportedHousingSituationTests {

	private static final LocalDate HEARING = LocalDate.of(2026, 4, 20);

	@ParameterizedTest
	@EnumSource(value = HousingSituation.class, names = { "EVICTION_IN_PROGRESS", "OTHER" }, mode = Mode.EXCLUDE)
	void situationsWithoutDetailsNeedNone(HousingSituation situation) {
		ReportedHousingSituation reported = ReportedHousingSituation.of(situation);

		assertThat(reported.situation()).isEqualTo(situation);
		assertThat(reported.hearingDate()).isNull();
		assertThat(reported.description()).isNull();
	}

	@Test
	void evictionInProgressKeepsItsHearingDate() {
		assertThat(ReportedHousingSituation.evictionInProgress(HEARING).hearingDate()).isEqualTo(HEARING);
	}

	@Test
	void evictionInProgressMayHaveAHearingAlreadyHeld() {
		assertThat(ReportedHousingSituation.evictionInProgress(LocalDate.of(2020, 1, 1)).hearingDate())
			.isEqualTo(LocalDate.of(2020, 1, 1));
	}

	@Test
	void evictionInProgressWithoutHearingDateIsRefused() {
		assertThatThrownBy(() -> ReportedHousingSituation.of(HousingSituation.EVICTION_IN_PROGRESS))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("housingSituation.hearingDate.required"));
	}

	@ParameterizedTest
	@EnumSource(value = HousingSituation.class, names = "EVICTION_IN_PROGRESS", mode = Mode.EXCLUDE)
	void hearingDateOutsideAnEvictionIsRefused(HousingSituation situation) {
		assertThatThrownBy(() -> new ReportedHousingSituation(situation, HEARING, "text"))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("housingSituation.hearingDate.notApplicable"));
	}

	@Test
	void otherKeepsItsTrimmedDescription() {
		assertThat(ReportedHousingSituation.other("  Ospite presso parenti dopo la separazione ").description())
			.isEqualTo("Ospite presso parenti dopo la separazione");
	}

	@Test
	void otherWithoutDescriptionIsRefused() {
		assertThatThrownBy(() -> ReportedHousingSituation.other("   "))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("housingSituation.description.required"));
	}

	@Test
	void descriptionOutsideOtherIsRefused() {
		assertThatThrownBy(() -> new ReportedHousingSituation(HousingSituation.LEASE_NOT_RENEWED, null, "scaduto"))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("housingSituation.description.notApplicable"));
	}

	@Test
	void blankDescriptionOutsideOtherCountsAsNone() {
		assertThat(new ReportedHousingSituation(HousingSituation.LEASE_NOT_RENEWED, null, " ").description()).isNull();
	}

	@Test
	void overlongDescriptionIsRefused() {
		String longest = "x".repeat(ReportedHousingSituation.MAX_DESCRIPTION_LENGTH);

		assertThat(ReportedHousingSituation.other(longest).description()).isEqualTo(longest);
		assertThatThrownBy(() -> ReportedHousingSituation.other(longest + "x"))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("housingSituation.description.tooLong"));
	}

	@Test
	void onlyEvictionNeedsAHearingDateAndOnlyOtherADescription() {
		assertThat(HousingSituation.values()).filteredOn(HousingSituation::requiresHearingDate)
			.containsExactly(HousingSituation.EVICTION_IN_PROGRESS);
		assertThat(HousingSituation.values()).filteredOn(HousingSituation::requiresDescription)
			.containsExactly(HousingSituation.OTHER);
	}

	@Test
	void listsThePublishedSituationsPlusOther() {
		assertThat(HousingSituation.values()).containsExactly(HousingSituation.LEASE_NOT_RENEWED,
				HousingSituation.EVICTION_IN_PROGRESS, HousingSituation.STABLE_BUT_PROVISIONAL,
				HousingSituation.END_OF_TEMPORARY_RECEPTION, HousingSituation.RENT_NOT_SUSTAINABLE,
				HousingSituation.LEAVING_FOR_OTHER_REASONS, HousingSituation.OTHER);
	}
}
