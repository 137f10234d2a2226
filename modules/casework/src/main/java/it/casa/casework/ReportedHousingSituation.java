package it.casa.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The housing situation reported in an activation request, with its details. An eviction in progress
 * needs the date of the hearing (past or future: a hearing may already have been held while the
 * eviction goes on); "other" needs a description. A detail that the situation does not use is refused
 * rather than kept, so that the published figures and the case agree.
 *
 * @param situation the situation found
 * @param hearingDate the date of the eviction hearing; only for {@link HousingSituation#EVICTION_IN_PROGRESS}
 * @param description what the situation is, trimmed; only for {@link HousingSituation#OTHER}
 * @param describedAs what the situation is, as CASA words it for a referral (the emergency's problem), in place of a
 *        typed description (docs/adr/0021)
 */
public record ReportedHousingSituation(HousingSituation situation, @Nullable LocalDate hearingDate,
		@Nullable String description, @Nullable Wording describedAs) {

	/** The longest description accepted, in characters. */
	public static final int MAX_DESCRIPTION_LENGTH = 500;

	/**
	 * @throws InvalidCaseDataException {@code housingSituation.hearingDate.required},
	 *         {@code housingSituation.hearingDate.notApplicable}, {@code housingSituation.description.required},
	 *         {@code housingSituation.description.notApplicable} or {@code housingSituation.description.tooLong}
	 */
	public ReportedHousingSituation {
		Objects.requireNonNull(situation, "situation");
		description = description == null || description.isBlank() ? null : description.strip();
		Map<String, String> arguments = Map.of("situation", situation.name());
		if (situation.requiresHearingDate() && hearingDate == null) {
			throw new InvalidCaseDataException("housingSituation.hearingDate.required",
					"An eviction in progress needs the date of the hearing", arguments);
		}
		if (!situation.requiresHearingDate() && hearingDate != null) {
			throw new InvalidCaseDataException("housingSituation.hearingDate.notApplicable",
					"Only an eviction in progress has a hearing date, not " + situation, arguments);
		}
		if (description != null && describedAs != null) {
			throw new IllegalArgumentException("A situation is described by a person or by CASA, not both");
		}
		if (situation.requiresDescription() && description == null && describedAs == null) {
			throw new InvalidCaseDataException("housingSituation.description.required",
					"An \"other\" housing situation needs a description", arguments);
		}
		if (!situation.requiresDescription() && (description != null || describedAs != null)) {
			throw new InvalidCaseDataException("housingSituation.description.notApplicable",
					"Only an \"other\" housing situation has a description, not " + situation, arguments);
		}
		if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
			throw new InvalidCaseDataException("housingSituation.description.tooLong",
					"The description is longer than " + MAX_DESCRIPTION_LENGTH + " characters",
					Map.of("maxLength", Integer.toString(MAX_DESCRIPTION_LENGTH)));
		}
	}

	/** A situation as a person reported it. */
	public ReportedHousingSituation(HousingSituation situation, @Nullable LocalDate hearingDate,
			@Nullable String description) {
		this(situation, hearingDate, description, null);
	}

	/**
	 * A situation that needs no details.
	 *
	 * @throws InvalidCaseDataException for {@link HousingSituation#EVICTION_IN_PROGRESS} and
	 *         {@link HousingSituation#OTHER}, which do
	 */
	public static ReportedHousingSituation of(HousingSituation situation) {
		return new ReportedHousingSituation(situation, null, null);
	}

	/** An eviction in progress, with the date of its hearing. */
	public static ReportedHousingSituation evictionInProgress(LocalDate hearingDate) {
		return new ReportedHousingSituation(HousingSituation.EVICTION_IN_PROGRESS, hearingDate, null);
	}

	/** A situation none of the categories describes. */
	public static ReportedHousingSituation other(String description) {
		return new ReportedHousingSituation(HousingSituation.OTHER, null, description);
	}

	/** A situation none of the categories describes, as CASA words it. */
	public static ReportedHousingSituation other(Wording describedAs) {
		return new ReportedHousingSituation(HousingSituation.OTHER, null, null, describedAs);
	}
}
