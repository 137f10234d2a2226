package it.casa.emergency;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An emergency as taken on the phone: who called, what happened, where, how many people. Only the reporting
 * entity's kind (possibly {@link ReportingEntityKind#NOT_RECORDED}), the problem type and the number of people are
 * needed; everything else can be completed later.
 *
 * @param calledAt when the call came; null for now. May be in the past (an intake written up later, or historical
 *        records loaded), never in the future
 * @param place where it happened or where the household is, in words (street, landmark)
 */
public record NewEmergency(@Nullable Instant calledAt, ReportingEntity reportingEntity, Problem problem,
		@Nullable String place, PeopleInvolved people) {

	public static final int MAX_PLACE_LENGTH = 200;

	/** @throws InvalidEmergencyDataException {@code place.tooLong} */
	public NewEmergency {
		Objects.requireNonNull(reportingEntity, "reportingEntity");
		Objects.requireNonNull(problem, "problem");
		Objects.requireNonNull(people, "people");
		place = Texts.optional(place, MAX_PLACE_LENGTH, "place");
	}
}
