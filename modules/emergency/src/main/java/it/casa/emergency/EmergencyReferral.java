package it.casa.emergency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import it.casa.platform.StaffRef;
import it.casa.platform.TenantId;

/**
 * What case work needs to open a case for a household handed over by an emergency. Personal data: read it through
 * {@link EmergencyReferrals}, never put it in an event.
 *
 * @param persons the household as recorded, each complete (names, birth date, sex, role); exactly one reference person
 * @param handedOverBy the operator who closed the emergency with the hand-over, and their side
 * @param measureKind where the household sleeps now, if a measure was recorded
 * @param closingNote what the operator who closed it wrote for whoever follows the case ("Note per chi segue il caso")
 */
public record EmergencyReferral(TenantId tenant, EmergencyId emergency, ProblemType problemType,
		@Nullable String problemDescription, @Nullable String place, Instant calledAt, Instant handedOverAt,
		int peopleInvolved, int minors, boolean fragileMembers, List<InvolvedPerson> persons,
		@Nullable String contactPhone, LocalDate consentGivenOn, StaffRef handedOverBy, OperatorSide handedOverBySide,
		@Nullable MeasureKind measureKind, @Nullable LocalDate measureUntil, @Nullable String closingNote) {

	public EmergencyReferral {
		persons = List.copyOf(persons);
	}
}
