package it.casa.casework.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import it.casa.casework.ArrearsKind;
import it.casa.casework.CaseOrigin;
import it.casa.casework.CaseReferrals;
import it.casa.casework.Consent;
import it.casa.casework.ConsentScope;
import it.casa.casework.Contact;
import it.casa.casework.ContactKind;
import it.casa.casework.FiscalCode;
import it.casa.casework.Grade;
import it.casa.casework.HouseholdDetails;
import it.casa.casework.HousingSituation;
import it.casa.casework.MemberDetails;
import it.casa.casework.ReferredCase;
import it.casa.casework.ReportedHousingSituation;
import it.casa.casework.SocialNetwork;
import it.casa.casework.StaffOrganisation;
import it.casa.casework.TriageChecklist;
import it.casa.casework.WorkSituation;
import it.casa.casework.Wording;
import it.casa.emergency.EmergencyHandedOver;
import it.casa.emergency.EmergencyReferral;
import it.casa.emergency.EmergencyReferrals;
import it.casa.emergency.InvolvedPerson;
import it.casa.emergency.OperatorSide;
import it.casa.emergency.ProblemType;
import it.casa.platform.module.DistrictClock;

/**
 * Opens a grade-4 case for every household an emergency hands over. The event carries ids only; the household's data
 * is read from the emergency module in the emergency's municipality (the listener runs there, see docs/adr/0003) and
 * the case is opened through casework's own API, idempotently, so a redelivered event opens nothing twice.
 */
@Component
class EmergencyReferralListener {

	/**
	 * The triage reason of every case opened for an emergency, kept in its status history as a code that each reader
	 * reads in their language ("Handed over by the social emergency service: grade 4 by rule"; docs/adr/0021).
	 */
	static final Wording TRIAGE_REASON = Wording.of("referral.emergency.triage");


	private static final Set<ProblemType> HOME_LOST = EnumSet.of(ProblemType.EXECUTIVE_EVICTION,
			ProblemType.SENT_AWAY_BY_HOST, ProblemType.NO_DWELLING, ProblemType.UNACCOMPANIED_FOREIGN_MINORS);

	private static final Set<ProblemType> HOME_UNSAFE = EnumSet.of(ProblemType.HOUSE_FIRE, ProblemType.FLOODING,
			ProblemType.WATER_CUT_OFF_FOR_ARREARS);

	private final EmergencyReferrals referrals;

	private final CaseReferrals cases;

	EmergencyReferralListener(EmergencyReferrals referrals, CaseReferrals cases) {
		this.referrals = referrals;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(EmergencyHandedOver event) {
		cases.openReferred(referredCase(referrals.referral(event.tenant(), event.emergency())));
	}

	/** The case work view of a handed-over household: grade 4, the household as recorded, what happened as facts. */
	static ReferredCase referredCase(EmergencyReferral referral) {
		List<MemberDetails> members = referral.persons().stream().map(EmergencyReferralListener::member).toList();
		List<Contact> contacts = referral.contactPhone() == null ? List.of()
				: List.of(new Contact(ContactKind.PHONE, referral.contactPhone()));
		LocalDate callDay = DistrictClock.dateOf(referral.calledAt());
		return new ReferredCase(CaseOrigin.emergency(referral.emergency().value()),
				referral.handedOverBy(),
				referral.handedOverBySide() == OperatorSide.AGENCY ? StaffOrganisation.AGENCY : StaffOrganisation.MUNICIPALITY,
				new HouseholdDetails(members, contacts, List.of()), housing(referral, callDay), urgencyFacts(referral),
				new Consent(referral.consentGivenOn(), Set.of(ConsentScope.CASE_WORK)), checklist(referral, callDay),
				Grade.EMERGENCY, TRIAGE_REASON, referral.closingNote());
	}

	private static MemberDetails member(InvolvedPerson person) {
		// The emergency module hands over only complete people (EmergencyView.handOverMissing is empty).
		return new MemberDetails(required(person.givenName()), required(person.familyName()),
				required(person.role()), required(person.birthDate()), required(person.sex()),
				person.fiscalCode() == null ? null : FiscalCode.of(person.fiscalCode()), null, null, null, false);
	}

	/**
	 * An executive eviction is an eviction in progress, executed on the day of the call; a person sent away by their
	 * host leaves for another reason than an eviction; the rest fall outside the published categories, described by the
	 * emergency's problem (and, for "other", by what the intake operator wrote).
	 */
	private static ReportedHousingSituation housing(EmergencyReferral referral, LocalDate callDay) {
		return switch (referral.problemType()) {
			case EXECUTIVE_EVICTION -> ReportedHousingSituation.evictionInProgress(callDay);
			case SENT_AWAY_BY_HOST -> ReportedHousingSituation.of(HousingSituation.LEAVING_FOR_OTHER_REASONS);
			default -> {
				Map<String, String> parameters = new LinkedHashMap<>();
				parameters.put("problem", referral.problemType().name());
				if (referral.problemType() == ProblemType.OTHER && referral.problemDescription() != null) {
					parameters.put("description", cut(referral.problemDescription(),
							ReportedHousingSituation.MAX_DESCRIPTION_LENGTH));
				}
				yield ReportedHousingSituation.other(new Wording("referral.emergency.problem", parameters));
			}
		};
	}

	private static TriageChecklist checklist(EmergencyReferral referral, LocalDate callDay) {
		ProblemType problem = referral.problemType();
		boolean eviction = problem == ProblemType.EXECUTIVE_EVICTION;
		return new TriageChecklist(
				problem == ProblemType.WATER_CUT_OFF_FOR_ARREARS ? EnumSet.of(ArrearsKind.HOUSING_COSTS)
						: EnumSet.noneOf(ArrearsKind.class),
				eviction, eviction ? callDay : null, null, SocialNetwork.ADEQUATE, WorkSituation.STABLE, false, false,
				false, referral.fragileMembers() || referral.minors() > 0, HOME_UNSAFE.contains(problem),
				HOME_LOST.contains(problem) || referral.measureKind() != null, null, null);
	}

	/** What happened, as facts: the problem, the call, the place, the people and tonight's arrangement. */
	private static Wording urgencyFacts(EmergencyReferral referral) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("problem", referral.problemType().name());
		facts.put("calledAt", referral.calledAt().toString());
		if (referral.place() != null) {
			facts.put("place", cut(referral.place(), 200));
		}
		facts.put("people", Integer.toString(referral.peopleInvolved()));
		if (referral.minors() > 0) {
			facts.put("minors", Integer.toString(referral.minors()));
		}
		if (referral.fragileMembers()) {
			facts.put("fragile", "true");
		}
		if (referral.measureKind() != null) {
			facts.put("measure", referral.measureKind().name());
			if (referral.measureUntil() != null) {
				facts.put("measureUntil", referral.measureUntil().toString());
			}
		}
		return new Wording("referral.emergency.urgency", facts);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("An emergency was handed over with an incomplete person");
		}
		return value;
	}
}
