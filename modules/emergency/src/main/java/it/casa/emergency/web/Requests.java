package it.casa.emergency.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import it.casa.emergency.MeasureKind;
import it.casa.emergency.PeopleInvolved;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntityKind;
import it.casa.platform.Relationship;
import it.casa.platform.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The bodies the API accepts. Bean Validation checks each field's shape; the module's own rules (a description for
 * "other", no name for a citizen, the fiscal code) are checked when the body becomes the module's types, and both
 * kinds of failure are answered alike: a 400 problem listing the fields.
 */
final class Requests {

	private Requests() {
	}

	/** Intake: only the reporting entity's kind, the problem type and the number of people are required. */
	record IntakeRequest(
			@Schema(description = "When the call came; now if left out. May be in the past (written up later, or "
					+ "historical records)") @Nullable Instant calledAt,
			@NotNull @Valid ReportingEntityRequest reportingEntity, @NotNull @Valid ProblemRequest problem,
			@Size(max = 200) @Nullable String place, @NotNull @Valid PeopleRequest people) {
	}

	record ReportingEntityRequest(@NotNull ReportingEntityKind kind,
			@Schema(description = "An institution's name, e.g. the Carabinieri station \"Melegnano\"; never a person's")
			@Size(max = 100) @Nullable String name) {
	}

	record ProblemRequest(@NotNull ProblemType type,
			@Schema(description = "Required for OTHER") @Size(max = 500) @Nullable String description) {
	}

	/** The people involved; {@code minors} and {@code fragileMembers} default to none. */
	record PeopleRequest(@NotNull @Min(1) @Max(PeopleInvolved.MAX_COUNT) Integer count,
			@Min(0) @Max(PeopleInvolved.MAX_COUNT) @Nullable Integer minors, @Nullable Boolean fragileMembers,
			@Size(max = PeopleInvolved.MAX_COUNT) @Nullable List<@NotNull @Valid PersonRequest> persons,
			@Size(max = 40) @Nullable String contactPhone) {
	}

	/** A person as far as known; everything may be completed later. */
	record PersonRequest(@Size(max = 100) @Nullable String givenName, @Size(max = 100) @Nullable String familyName,
			@Size(max = 20) @Nullable String fiscalCode, @PastOrPresent @Nullable LocalDate birthDate,
			@Nullable Sex sex, @Nullable Relationship role) {
	}

	record IntakeCorrectionRequest(@NotNull Long version, @NotNull @Valid ReportingEntityRequest reportingEntity,
			@NotNull @Valid ProblemRequest problem, @Size(max = 200) @Nullable String place) {
	}

	record PeopleUpdateRequest(@NotNull Long version, @NotNull @Min(1) @Max(PeopleInvolved.MAX_COUNT) Integer count,
			@Min(0) @Max(PeopleInvolved.MAX_COUNT) @Nullable Integer minors, @Nullable Boolean fragileMembers,
			@Size(max = PeopleInvolved.MAX_COUNT) @Nullable List<@NotNull @Valid PersonRequest> persons,
			@Size(max = 40) @Nullable String contactPhone) {
	}

	record MeasureRequest(@NotNull Long version, @NotNull MeasureKind kind, @Size(max = 200) @Nullable String placeName,
			@Size(max = 200) @Nullable String arrangedBy,
			@DecimalMin("0") @Digits(integer = 6, fraction = 2) @Nullable BigDecimal cost,
			@Schema(description = "The last night covered") @Nullable LocalDate until,
			@Schema(description = "The reference of the accommodation offer taken, if any") @Size(max = 100)
			@Nullable String offerReference) {
	}

	record FollowUpRequest(@NotNull Long version, @NotNull Boolean done, @Size(max = 1000) @Nullable String note) {
	}

	record EmergencyClosureRequest(@NotNull Long version, @NotNull Boolean handOver,
			@Schema(description = "When the household consented to case work; required for a hand-over")
			@PastOrPresent @Nullable LocalDate consentGivenOn,
			@Schema(description = "Why it closes without hand-over (required then)") @Size(max = 2000)
			@Nullable String note) {
	}
}
