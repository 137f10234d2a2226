package it.casa.casework;

import static it.casa.casework.Grade.EMERGENCY;
import static it.casa.casework.Grade.FRAGILITY;
import static it.casa.casework.Grade.MULTIDIMENSIONAL_POVERTY;
import static it.casa.casework.Grade.SUFFERING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GradeProposerTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private final GradeProposer proposer = new GradeProposer();

	private GradeProposal propose(UnaryOperator<TriageChecklist.Builder> checklist) {
		return proposer.propose(checklist.apply(TriageChecklist.builder()).build(), TODAY);
	}

	@Test
	void emptyChecklistIsFragilityWithNoCriterionMet() {
		GradeProposal proposal = propose(b -> b);

		assertThat(proposal.grade()).isEqualTo(FRAGILITY);
		assertThat(proposal.criteria()).containsExactly(TriageCriterion.NO_CRITERION_MET);
	}

	static Stream<Arguments> emergencies() {
		return Stream.of(
				Arguments.of("no place to live", (UnaryOperator<TriageChecklist.Builder>) b -> b.noPlaceToLive(true),
						TriageCriterion.NO_PLACE_TO_LIVE),
				Arguments.of("violence", (UnaryOperator<TriageChecklist.Builder>) b -> b.violence(true),
						TriageCriterion.VIOLENCE),
				Arguments.of("unsafe dwelling", (UnaryOperator<TriageChecklist.Builder>) b -> b.unsafeDwelling(true),
						TriageCriterion.UNSAFE_DWELLING),
				Arguments.of("eviction in 7 days",
						(UnaryOperator<TriageChecklist.Builder>) b -> b.evictionOn(TODAY.plusDays(7)),
						TriageCriterion.EVICTION_IMMINENT),
				Arguments.of("eviction today", (UnaryOperator<TriageChecklist.Builder>) b -> b.evictionOn(TODAY),
						TriageCriterion.EVICTION_IMMINENT),
				Arguments.of("eviction date passed, still in progress",
						(UnaryOperator<TriageChecklist.Builder>) b -> b.evictionOn(TODAY.minusDays(3)),
						TriageCriterion.EVICTION_IMMINENT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("emergencies")
	void immediateNeedOfAPlaceToLiveAloneIsEmergency(String why, UnaryOperator<TriageChecklist.Builder> checklist,
			TriageCriterion criterion) {
		GradeProposal proposal = propose(checklist);

		assertThat(proposal.grade()).isEqualTo(EMERGENCY);
		assertThat(proposal.criteria()).containsExactly(criterion);
	}

	@Test
	void imminentEvictionExplainsDateAndDaysLeft() {
		GradeProposal proposal = propose(b -> b.evictionOn(LocalDate.of(2026, 3, 15)));

		assertThat(proposal.reasons()).containsExactly(new GradeReason(TriageCriterion.EVICTION_IMMINENT,
				Map.of("evictionDate", "2026-03-15", "daysLeft", "5", "withinDays", "7")));
	}

	@Test
	void evictionDatePassedShowsNegativeDaysLeft() {
		GradeProposal proposal = propose(b -> b.evictionOn(TODAY.minusDays(3)));

		assertThat(proposal.reasons().get(0).parameters()).containsEntry("daysLeft", "-3");
	}

	@Test
	void evictionInEightDaysIsNearNotImminent() {
		GradeProposal proposal = propose(b -> b.evictionOn(TODAY.plusDays(8)));

		assertThat(proposal.grade()).isEqualTo(MULTIDIMENSIONAL_POVERTY);
		assertThat(proposal.reasons()).containsExactly(new GradeReason(TriageCriterion.EVICTION_NEAR,
				Map.of("evictionDate", "2026-03-18", "daysLeft", "8", "withinDays", "90")));
	}

	@ParameterizedTest
	@CsvSource({ "90, MULTIDIMENSIONAL_POVERTY, EVICTION_NEAR", "91, SUFFERING, EVICTION_IN_PROGRESS",
			"365, SUFFERING, EVICTION_IN_PROGRESS" })
	void evictionFurtherAwayLowersTheGrade(int daysAhead, Grade grade, TriageCriterion criterion) {
		GradeProposal proposal = propose(b -> b.evictionOn(TODAY.plusDays(daysAhead)));

		assertThat(proposal.grade()).isEqualTo(grade);
		assertThat(proposal.criteria()).containsExactly(criterion);
	}

	@Test
	void evictionWithoutKnownDateIsSuffering() {
		GradeProposal proposal = propose(TriageChecklist.Builder::evictionInProgress);

		assertThat(proposal.grade()).isEqualTo(SUFFERING);
		assertThat(proposal.reasons()).containsExactly(GradeReason.of(TriageCriterion.EVICTION_IN_PROGRESS));
	}

	@Test
	void rentArrearsAloneIsSuffering() {
		GradeProposal proposal = propose(b -> b.arrears(ArrearsKind.RENT));

		assertThat(proposal.grade()).isEqualTo(SUFFERING);
		assertThat(proposal.reasons())
			.containsExactly(new GradeReason(TriageCriterion.ARREARS, Map.of("kinds", "RENT")));
	}

	@Test
	void arrearsListTheirKindsInAFixedOrder() {
		GradeProposal proposal = propose(b -> b.arrears(ArrearsKind.HOUSING_COSTS, ArrearsKind.MORTGAGE));

		assertThat(proposal.reasons().get(0).parameters()).containsEntry("kinds", "MORTGAGE,HOUSING_COSTS");
	}

	@Test
	void unsustainableRentAloneIsSufferingAndShowsThePercentage() {
		GradeProposal proposal = propose(b -> b.rentAndIncome(new BigDecimal("650"), new BigDecimal("1500")));

		assertThat(proposal.grade()).isEqualTo(SUFFERING);
		assertThat(proposal.reasons()).containsExactly(new GradeReason(TriageCriterion.RENT_UNSUSTAINABLE,
				Map.of("monthlyRent", "650", "monthlyHouseholdIncome", "1500", "thresholdPercent", "30", "rentPercent",
						"43.3")));
	}

	@Test
	void rentAtExactlyThirtyPercentIsFragility() {
		GradeProposal proposal = propose(b -> b.rentAndIncome(new BigDecimal("450"), new BigDecimal("1500")));

		assertThat(proposal.grade()).isEqualTo(FRAGILITY);
	}

	@Test
	void rentWithNoIncomeIsUnsustainableWithoutAPercentage() {
		GradeProposal proposal = propose(b -> b.rentAndIncome(new BigDecimal("400"), BigDecimal.ZERO));

		assertThat(proposal.reasons().get(0).criterion()).isEqualTo(TriageCriterion.RENT_UNSUSTAINABLE);
		assertThat(proposal.reasons().get(0).parameters()).doesNotContainKey("rentPercent");
	}

	static Stream<Arguments> otherDimensions() {
		return Stream.of(
				Arguments.of((UnaryOperator<TriageChecklist.Builder>) b -> b.socialNetwork(SocialNetwork.WEAK),
						TriageCriterion.WEAK_SOCIAL_NETWORK),
				Arguments.of((UnaryOperator<TriageChecklist.Builder>) b -> b.socialNetwork(SocialNetwork.NONE),
						TriageCriterion.NO_SOCIAL_NETWORK),
				Arguments.of((UnaryOperator<TriageChecklist.Builder>) b -> b.work(WorkSituation.UNSTABLE_OR_LOW_PAID),
						TriageCriterion.UNSTABLE_OR_LOW_PAID_WORK),
				Arguments.of((UnaryOperator<TriageChecklist.Builder>) b -> b.work(WorkSituation.NO_INCOME),
						TriageCriterion.NO_INCOME),
				Arguments.of((UnaryOperator<TriageChecklist.Builder>) b -> b.pendingCriminalProceedings(true),
						TriageCriterion.PENDING_CRIMINAL_PROCEEDINGS),
				Arguments.of((UnaryOperator<TriageChecklist.Builder>) b -> b.residencePermitExpiry(TODAY.plusDays(60)),
						TriageCriterion.RESIDENCE_PERMIT_EXPIRING),
				Arguments.of((UnaryOperator<TriageChecklist.Builder>) b -> b.residencePermitExpiry(TODAY.minusDays(1)),
						TriageCriterion.RESIDENCE_PERMIT_EXPIRED));
	}

	@ParameterizedTest
	@MethodSource("otherDimensions")
	void arrearsPlusAnotherDimensionIsMultidimensionalPoverty(UnaryOperator<TriageChecklist.Builder> dimension,
			TriageCriterion criterion) {
		GradeProposal proposal = propose(b -> dimension.apply(b.arrears(ArrearsKind.RENT)));

		assertThat(proposal.grade()).isEqualTo(MULTIDIMENSIONAL_POVERTY);
		assertThat(proposal.criteria()).containsExactly(TriageCriterion.ARREARS, criterion);
	}

	@ParameterizedTest
	@MethodSource("otherDimensions")
	void anotherDimensionWithoutAHousingDifficultyIsFragility(UnaryOperator<TriageChecklist.Builder> dimension,
			TriageCriterion criterion) {
		GradeProposal proposal = propose(dimension);

		assertThat(proposal.grade()).isEqualTo(FRAGILITY);
		assertThat(proposal.criteria()).containsExactly(criterion);
	}

	@Test
	void unsustainableRentPlusUnstableWorkIsMultidimensionalPoverty() {
		GradeProposal proposal = propose(b -> b.rentAndIncome(new BigDecimal("700"), new BigDecimal("1200"))
			.work(WorkSituation.UNSTABLE_OR_LOW_PAID));

		assertThat(proposal.grade()).isEqualTo(MULTIDIMENSIONAL_POVERTY);
	}

	@Test
	void distantEvictionPlusWeakNetworkIsMultidimensionalPoverty() {
		GradeProposal proposal = propose(b -> b.evictionOn(TODAY.plusDays(200)).socialNetwork(SocialNetwork.WEAK));

		assertThat(proposal.grade()).isEqualTo(MULTIDIMENSIONAL_POVERTY);
	}

	@Test
	void permitExpiringAfterTheRenewalWindowIsNoCriterion() {
		GradeProposal proposal = propose(b -> b.arrears(ArrearsKind.RENT).residencePermitExpiry(TODAY.plusDays(61)));

		assertThat(proposal.grade()).isEqualTo(SUFFERING);
		assertThat(proposal.criteria()).containsExactly(TriageCriterion.ARREARS);
	}

	@Test
	void expiringPermitExplainsDateAndDaysLeft() {
		GradeProposal proposal = propose(b -> b.residencePermitExpiry(LocalDate.of(2026, 4, 9)));

		assertThat(proposal.reasons()).containsExactly(new GradeReason(TriageCriterion.RESIDENCE_PERMIT_EXPIRING,
				Map.of("expiryDate", "2026-04-09", "daysLeft", "30", "withinDays", "60")));
	}

	@Test
	void permitExpiringTodayIsExpiringNotExpired() {
		GradeProposal proposal = propose(b -> b.residencePermitExpiry(TODAY));

		assertThat(proposal.criteria()).containsExactly(TriageCriterion.RESIDENCE_PERMIT_EXPIRING);
	}

	@Test
	void fragileMembersAndNoSavingsAloneAreFragility() {
		GradeProposal proposal = propose(b -> b.fragileMembers(true).noSavings(true));

		assertThat(proposal.grade()).isEqualTo(FRAGILITY);
		assertThat(proposal.criteria()).containsExactly(TriageCriterion.FRAGILE_MEMBERS, TriageCriterion.NO_SAVINGS);
	}

	@Test
	void fragileMembersDoNotRaiseArrearsToMultidimensionalPoverty() {
		GradeProposal proposal = propose(b -> b.arrears(ArrearsKind.RENT).fragileMembers(true).noSavings(true));

		assertThat(proposal.grade()).isEqualTo(SUFFERING);
	}

	@Test
	void noNetworkNoIncomeAndFragileMembersWithoutAnImmediateNeedAreNotAnEmergency() {
		GradeProposal proposal = propose(b -> b.arrears(ArrearsKind.RENT)
			.socialNetwork(SocialNetwork.NONE)
			.work(WorkSituation.NO_INCOME)
			.fragileMembers(true)
			.noSavings(true));

		assertThat(proposal.grade()).isEqualTo(MULTIDIMENSIONAL_POVERTY);
	}

	@Test
	void emergencyListsEveryCriterionFoundMostSevereFirst() {
		GradeProposal proposal = propose(b -> b.noSavings(true)
			.fragileMembers(true)
			.socialNetwork(SocialNetwork.NONE)
			.arrears(ArrearsKind.RENT)
			.evictionOn(TODAY.plusDays(2))
			.violence(true)
			.rentAndIncome(new BigDecimal("600"), new BigDecimal("900"))
			.pendingCriminalProceedings(true)
			.residencePermitExpiry(TODAY.minusDays(10))
			.work(WorkSituation.UNSTABLE_OR_LOW_PAID)
			.unsafeDwelling(true)
			.noPlaceToLive(true));

		assertThat(proposal.grade()).isEqualTo(EMERGENCY);
		assertThat(proposal.criteria()).containsExactly(TriageCriterion.NO_PLACE_TO_LIVE, TriageCriterion.VIOLENCE,
				TriageCriterion.UNSAFE_DWELLING, TriageCriterion.EVICTION_IMMINENT, TriageCriterion.ARREARS,
				TriageCriterion.RENT_UNSUSTAINABLE, TriageCriterion.RESIDENCE_PERMIT_EXPIRED,
				TriageCriterion.NO_SOCIAL_NETWORK, TriageCriterion.UNSTABLE_OR_LOW_PAID_WORK,
				TriageCriterion.PENDING_CRIMINAL_PROCEEDINGS, TriageCriterion.FRAGILE_MEMBERS, TriageCriterion.NO_SAVINGS);
	}

	@Test
	void customThresholdsMoveTheEvictionWindows() {
		GradeProposer strict = new GradeProposer(14, 180, 90);
		TriageChecklist checklist = TriageChecklist.builder().evictionOn(TODAY.plusDays(10)).build();

		assertThat(strict.propose(checklist, TODAY).grade()).isEqualTo(EMERGENCY);
		assertThat(proposer.propose(checklist, TODAY).grade()).isEqualTo(MULTIDIMENSIONAL_POVERTY);
	}

	@Test
	void sameChecklistOnALaterDateCanRaiseTheGrade() {
		TriageChecklist checklist = TriageChecklist.builder().evictionOn(LocalDate.of(2026, 9, 1)).build();

		assertThat(proposer.propose(checklist, LocalDate.of(2026, 5, 1)).grade()).isEqualTo(SUFFERING);
		assertThat(proposer.propose(checklist, LocalDate.of(2026, 6, 15)).grade()).isEqualTo(MULTIDIMENSIONAL_POVERTY);
		assertThat(proposer.propose(checklist, LocalDate.of(2026, 8, 28)).grade()).isEqualTo(EMERGENCY);
	}

	@ParameterizedTest
	@CsvSource({ "-1, 90, 60", "7, 7, 60", "7, 90, -1" })
	void refusesInconsistentThresholds(int imminent, int near, int permit) {
		assertThatThrownBy(() -> new GradeProposer(imminent, near, permit)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyCriterionHasADistinctStableCode() {
		assertThat(Stream.of(TriageCriterion.values()).map(TriageCriterion::code))
			.doesNotHaveDuplicates()
			.allMatch(code -> code.startsWith("triage.criterion."));
		assertThat(TriageCriterion.VIOLENCE.code()).isEqualTo("triage.criterion.violence");
		assertThat(GradeReason.of(TriageCriterion.ARREARS).code()).isEqualTo("triage.criterion.arrears");
	}
}
