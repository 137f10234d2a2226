package it.casa.emergency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import it.casa.platform.StaffRef;

/**
 * An emergency as its workers see it.
 *
 * @param version send it back with a change; a change based on an older version is refused (HTTP 409)
 * @param municipality the municipality's id
 * @param reportedAt when it was recorded (the call may be earlier)
 * @param currentMeasure the latest immediate measure, if any
 * @param measures every measure recorded, oldest first
 * @param followUp the checklist, in due order
 * @param overdue whether an item of the checklist is overdue now
 * @param handOverMissing what case work still needs before a hand-over, as stable keys ({@code people.referencePerson.missing},
 *        {@code people.persons[1].birthDate.missing}, ...); empty when a hand-over is possible
 */
public record EmergencyView(EmergencyId id, long version, String municipality, EmergencyStatus status,
		Instant calledAt, Instant reportedAt, StaffRef reportedBy, ReportingEntity reportingEntity, Problem problem,
		@Nullable String place, PeopleInvolved people, @Nullable MeasureView currentMeasure, List<MeasureView> measures,
		List<FollowUpItemView> followUp, boolean overdue, @Nullable EmergencyClosureView closure,
		List<String> handOverMissing) {

	/** An immediate measure as recorded. */
	public record MeasureView(MeasureKind kind, @Nullable String placeName, @Nullable String arrangedBy,
			@Nullable BigDecimal cost, @Nullable LocalDate until, @Nullable String offerReference, Instant recordedAt,
			StaffRef recordedBy) {
	}

	/** One item of the follow-up checklist. */
	public record FollowUpItemView(FollowUpKind kind, Instant dueAt, @Nullable Instant doneAt,
			@Nullable StaffRef doneBy, @Nullable String note, boolean overdue) {
	}

	/** How the emergency was closed (named apart from case work's closure in the API description). */
	public record EmergencyClosureView(Instant closedAt, StaffRef closedBy, boolean handedOver,
			@Nullable LocalDate consentGivenOn, @Nullable String note) {
	}
}
