package it.casa.emergency;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

import it.casa.platform.RecordNotFoundException;

/**
 * Emergencies of the current municipality: intake, corrections, the immediate measure, the follow-up checklist and
 * closure (with or without hand-over to case work). Every change is checked against the version the caller saw and
 * raises its event; every read and write is recorded in the audit trail. A closed emergency is read-only.
 */
public interface EmergencyService {

	/**
	 * Records an emergency as taken on the phone; the checklist starts from the time of the call.
	 *
	 * @throws InvalidEmergencyDataException {@code calledAt.future} if the call is in the future
	 */
	@PreAuthorize(Permissions.EMERGENCY_WORKERS)
	EmergencyView report(NewEmergency emergency);

	/** @throws RecordNotFoundException if there is no such emergency in this municipality */
	@PreAuthorize(Permissions.EMERGENCY_WORKERS)
	EmergencyView find(EmergencyId id);

	/** Corrects who reported it, the problem or the place; raises {@link EmergencyReclassified} if a category changed. */
	@PreAuthorize(Permissions.EMERGENCY_WORKERS)
	EmergencyView correctIntake(EmergencyId id, long expectedVersion, IntakeCorrection correction);

	/** Replaces what is known of the people involved (numbers, names, contact). */
	@PreAuthorize(Permissions.EMERGENCY_WORKERS)
	EmergencyView updatePeople(EmergencyId id, long expectedVersion, PeopleInvolved people);

	/**
	 * Records where the household sleeps tonight; marks {@link FollowUpKind#PLACEMENT_ARRANGED} done.
	 *
	 * @throws InvalidEmergencyDataException {@code measure.until.beforeCall}
	 */
	@PreAuthorize(Permissions.EMERGENCY_WORKERS)
	EmergencyView recordMeasure(EmergencyId id, long expectedVersion, ImmediateMeasure measure);

	/** Marks an item of the checklist done (or, to undo a mistake, not done), with an optional note. */
	@PreAuthorize(Permissions.EMERGENCY_WORKERS)
	EmergencyView markFollowUp(EmergencyId id, long expectedVersion, FollowUpKind item, boolean done,
			@Nullable String note);

	/**
	 * Closes the emergency. A hand-over raises {@link EmergencyHandedOver}, upon which case work opens a grade-4 case
	 * for the household.
	 *
	 * @throws HandOverIncompleteException if case work would lack data it needs
	 */
	@PreAuthorize(Permissions.EMERGENCY_WORKERS)
	EmergencyView close(EmergencyId id, long expectedVersion, Closure closure);

	/** Places free tonight that other modules offer to this municipality; none until a module offers some. */
	@PreAuthorize(Permissions.EMERGENCY_WORKERS)
	List<AccommodationOffer> accommodationOffersTonight();
}
