package it.casa.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import it.casa.casework.CaseOrigin;
import it.casa.casework.ConsentScope;
import it.casa.casework.Grade;
import it.casa.casework.GradeProposer;
import it.casa.casework.HouseholdComposition;
import it.casa.casework.HousingSituation;
import it.casa.casework.ReferredCase;
import it.casa.casework.StaffOrganisation;
import it.casa.casework.TriageCriterion;
import it.casa.casework.Wording;
import it.casa.emergency.EmergencyId;
import it.casa.emergency.EmergencyReferral;
import it.casa.emergency.InvolvedPerson;
import it.casa.emergency.MeasureKind;
import it.casa.emergency.OperatorSide;
import it.casa.emergency.ProblemType;
import it.casa.platform.Relationship;
import it.casa.platform.Sex;
import it.casa.platform.StaffRef;
import it.casa.platform.TenantId;

/** How a handed-over emergency reads in case work: the household as recorded, grade 4, what happened as facts. */
class EmergencyReferralListenerTests {

	static final UUID EMERGENCY = UUID.fromString("6f1c4f0e-0000-4000-8000-000000000001");

	static final Instant CALL = Instant.parse("2026-11-20T21:30:00Z");

	@Test
	void aFamilyWhoseHomeBurnedIsAGradeFourCaseWithItsMembers() {
		ReferredCase referred = EmergencyReferralListener.referredCase(referral(ProblemType.HOUSE_FIRE, null,
				MeasureKind.HOTEL));

		assertThat(referred.origin()).isEqualTo(CaseOrigin.emergency(EMERGENCY));
		assertThat(referred.grade()).isEqualTo(Grade.EMERGENCY);
		assertThat(referred.triageReason()).isEqualTo(EmergencyReferralListener.TRIAGE_REASON);
		assertThat(referred.referredBy().userId()).isEqualTo("operatore.melegnano");
		assertThat(referred.referredBySide()).isEqualTo(StaffOrganisation.MUNICIPALITY);
		assertThat(referred.household().members()).extracting(member -> member.givenName(), member -> member.relationship())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Giada", Relationship.REFERENCE_PERSON),
					org.assertj.core.groups.Tuple.tuple("Luca", Relationship.CHILD));
		assertThat(referred.household().household().compositionOn(LocalDate.of(2026, 11, 20)))
			.isEqualTo(HouseholdComposition.SINGLE_MOTHER_WITH_MINOR_CHILDREN);
		assertThat(referred.household().contacts()).singleElement().satisfies(contact -> assertThat(contact.value()).isEqualTo("+39 000 0000000"));
		assertThat(referred.consent().scopes()).containsExactly(ConsentScope.CASE_WORK);
		assertThat(referred.housing().situation()).isEqualTo(HousingSituation.OTHER);
		// what CASA writes is kept as codes and facts, worded in each reader's language (docs/adr/0021)
		assertThat(referred.housing().description()).isNull();
		assertThat(referred.housing().describedAs())
			.isEqualTo(new Wording("referral.emergency.problem", Map.of("problem", "HOUSE_FIRE")));
		assertThat(referred.urgencyFacts()).isEqualTo(new Wording("referral.emergency.urgency",
				Map.of("problem", "HOUSE_FIRE", "calledAt", "2026-11-20T21:30:00Z", "place", "Via dei Tigli 1", "people",
						"2", "minors", "1", "measure", "HOTEL", "measureUntil", "2026-11-23")));
		// the checklist itself proposes grade 4: the dwelling is unsafe and there is no place to live
		assertThat(new GradeProposer().propose(referred.checklist(), LocalDate.of(2026, 11, 21)).criteria())
			.contains(TriageCriterion.UNSAFE_DWELLING, TriageCriterion.NO_PLACE_TO_LIVE, TriageCriterion.FRAGILE_MEMBERS);
		assertThat(new GradeProposer().propose(referred.checklist(), LocalDate.of(2026, 11, 21)).grade())
			.isEqualTo(Grade.EMERGENCY);
	}

	@Test
	void anExecutiveEvictionIsAnEvictionExecutedOnTheDayOfTheCall() {
		ReferredCase referred = EmergencyReferralListener.referredCase(referral(ProblemType.EXECUTIVE_EVICTION, null, null));

		assertThat(referred.housing().situation()).isEqualTo(HousingSituation.EVICTION_IN_PROGRESS);
		assertThat(referred.housing().hearingDate()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(referred.checklist().noPlaceToLive()).isTrue();
	}

	@Test
	void anotherProblemKeepsItsDescriptionAndIsStillGradeFour() {
		ReferredCase referred = EmergencyReferralListener.referredCase(referral(ProblemType.OTHER, "Gas leak, building evacuated",
				null));

		assertThat(referred.housing().describedAs()).isEqualTo(new Wording("referral.emergency.problem",
				Map.of("problem", "OTHER", "description", "Gas leak, building evacuated")));
		// nothing in the checklist proposes grade 4 here: case work assigns it as an override, for the emergency
		assertThat(new GradeProposer().propose(referred.checklist(), LocalDate.of(2026, 11, 21)).grade())
			.isNotEqualTo(Grade.EMERGENCY);
		assertThat(referred.grade()).isEqualTo(Grade.EMERGENCY);
	}

	private static EmergencyReferral referral(ProblemType problem, String description, MeasureKind measure) {
		return new EmergencyReferral(TenantId.of("melegnano"), EmergencyId.of(EMERGENCY), problem, description,
				"Via dei Tigli 1", CALL, CALL.plusSeconds(86_400), 2, 1, false,
				List.of(new InvolvedPerson("Giada", "Alberetti", null, LocalDate.of(1988, 3, 14), Sex.FEMALE,
						Relationship.REFERENCE_PERSON),
						new InvolvedPerson("Luca", "Alberetti", null, LocalDate.of(2016, 6, 2), Sex.MALE, Relationship.CHILD)),
				"+39 000 0000000", LocalDate.of(2026, 11, 21), new StaffRef("operatore.melegnano", "Operatore"),
				OperatorSide.MUNICIPALITY, measure, measure == null ? null : LocalDate.of(2026, 11, 23),
				"Follow the move to grade 3");
	}
}
