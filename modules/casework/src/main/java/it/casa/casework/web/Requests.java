package it.casa.casework.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import it.casa.casework.ActionOwnerKind;
import it.casa.casework.ActionStatus;
import it.casa.casework.AddressKind;
import it.casa.casework.ArrearsKind;
import it.casa.casework.ClosureOutcome;
import it.casa.casework.ConsentScope;
import it.casa.casework.ContactKind;
import it.casa.casework.HousingSituation;
import it.casa.casework.IncomeBand;
import it.casa.casework.NoteVisibility;
import it.casa.casework.SocialNetwork;
import it.casa.casework.WorkSituation;
import it.casa.platform.Relationship;
import it.casa.platform.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The bodies the API accepts. Bean Validation checks each field's shape; the module's own rules (fiscal code
 * checksum, one reference person, ...) are checked when the body is turned into the module's types, and both kinds
 * of failure are answered alike: a 400 problem listing the fields.
 */
final class Requests {

	private Requests() {
	}

	/**
	 * An activation request: an existing household by id, or a new one.
	 *
	 * @param requestedOn the day the request was made, when it is typed in later (a paper form); today if absent
	 */
	record FileRequest(@Nullable UUID existingHouseholdId, @Valid @Nullable HouseholdRequest household,
			@NotNull @Valid HousingRequest housing, @Size(max = 2000) @Nullable String urgencyFacts,
			@NotNull @Valid ConsentRequest consent, @PastOrPresent @Nullable LocalDate requestedOn) {
	}

	record HouseholdRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid MemberRequest> members,
			@Size(max = 10) @Nullable List<@NotNull @Valid ContactRequest> contacts,
			@Size(max = 5) @Nullable List<@NotNull @Valid AddressRequest> addresses) {
	}

	record HouseholdUpdateRequest(@NotNull Long version, @NotEmpty @Size(max = 20) List<@NotNull @Valid MemberRequest> members,
			@Size(max = 10) @Nullable List<@NotNull @Valid ContactRequest> contacts,
			@Size(max = 5) @Nullable List<@NotNull @Valid AddressRequest> addresses) {
	}

	record MemberRequest(@NotBlank @Size(max = 100) String givenName, @NotBlank @Size(max = 100) String familyName,
			@NotNull Relationship relationship, @NotNull @PastOrPresent LocalDate birthDate, @NotNull Sex sex,
			@Size(max = 20) @Nullable String fiscalCode, @Size(max = 60) @Nullable String citizenship,
			@Nullable LocalDate residencePermitExpiry, @Nullable IncomeBand incomeBand, @Nullable Boolean disabled) {
	}

	record ContactRequest(@NotNull ContactKind kind, @NotBlank @Size(max = 200) String value) {
	}

	record AddressRequest(@NotNull AddressKind kind, @NotBlank @Size(max = 200) String street,
			@NotNull @Pattern(regexp = "\\d{5}", message = "must be the 5 digits of an Italian postal code (CAP)") String postalCode,
			@NotBlank @Size(max = 100) String town) {
	}

	record HousingRequest(@NotNull HousingSituation situation, @Nullable LocalDate hearingDate,
			@Size(max = 500) @Nullable String description) {
	}

	record ConsentRequest(@NotNull @PastOrPresent LocalDate givenOn, @NotEmpty Set<@NotNull ConsentScope> scopes) {
	}

	/** A consent signed by the household: given or renewed for these scopes. */
	record ConsentRecordRequest(@NotNull Long version, @NotNull @PastOrPresent LocalDate givenOn,
			@FutureOrPresent @Nullable LocalDate validUntil, @NotEmpty Set<@NotNull ConsentScope> scopes) {
	}

	/** The household withdraws its consent to these scopes, from now on. */
	record ConsentWithdrawalRequest(@NotNull Long version, @NotEmpty Set<@NotNull ConsentScope> scopes,
			@NotBlank @Size(max = 2000) String reason) {
	}

	/**
	 * The triage checklist. For a proposal, a question left out is not yet assessed and counts as not observed; a
	 * triage needs every answer (an empty {@code arrears} for none).
	 */
	record ChecklistRequest(@Nullable Set<@NotNull ArrearsKind> arrears, @Nullable Boolean evictionInProgress,
			@Nullable LocalDate evictionDate, @Nullable LocalDate residencePermitExpiry,
			@Nullable SocialNetwork socialNetwork, @Nullable WorkSituation work, @Nullable Boolean noSavings,
			@Nullable Boolean violence, @Nullable Boolean pendingCriminalProceedings, @Nullable Boolean fragileMembers,
			@Nullable Boolean unsafeDwelling, @Nullable Boolean noPlaceToLive,
			@DecimalMin("0") @Digits(integer = 8, fraction = 2) @Nullable BigDecimal monthlyRent,
			@DecimalMin("0") @Digits(integer = 8, fraction = 2) @Nullable BigDecimal monthlyHouseholdIncome) {
	}

	record TriageRequest(@NotNull Long version, @NotNull @Valid ChecklistRequest checklist,
			@NotNull @Min(1) @Max(4) Integer grade, @Size(max = 2000) @Nullable String overrideReason) {
	}

	/** Rejecting or reopening: the version seen and why. */
	record ReasonRequest(@NotNull Long version, @NotBlank @Size(max = 2000) String reason) {
	}

	record ClosureRequest(@NotNull Long version, @NotNull ClosureOutcome outcome, @Size(max = 2000) @Nullable String reason,
			@PastOrPresent @Nullable LocalDate restitutionMeetingOn, @Size(max = 4000) @Nullable String restitutionSummary) {
	}

	/** A new assignee; no user id means nobody. */
	record AssigneeRequest(@NotNull Long version, @Size(max = 200) @Nullable String operatorUserId,
			@Size(max = 200) @Nullable String operatorName) {
	}

	/** An interview to come: one in the past would show as planned when it can only have been held or missed. */
	record InterviewRequest(@NotNull @FutureOrPresent OffsetDateTime scheduledFor, @NotBlank @Size(max = 200) String place,
			@Size(max = 20) @Nullable List<@NotBlank @Size(max = 200) String> participants) {
	}

	record OutcomeRequest(@NotNull Long version, @NotBlank @Size(max = 4000) String outcome) {
	}

	record VersionRequest(@NotNull Long version) {
	}

	/** Why a scheduled interview will not take place: the case's file keeps it, as it keeps a held one's outcome. */
	record CancellationRequest(@NotNull Long version, @NotBlank @Size(max = 2000) String reason) {
	}

	/** The project's text; {@code version} is the case's when agreeing, the project's when revising. */
	record ProjectRequest(@NotNull Long version, @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 500) String> goals,
			@Size(max = 100) @Nullable List<@NotNull @Valid ActionRequest> actions,
			@NotNull @Size(max = 4000) String waysAndTimes) {
	}

	record ActionRequest(@Nullable UUID id, @NotBlank @Size(max = 1000) String description,
			@NotNull @Valid OwnerRequest owner, @Nullable LocalDate dueDate, @NotNull ActionStatus status) {
	}

	record OwnerRequest(@NotNull ActionOwnerKind kind, @Size(max = 200) @Nullable String userId,
			@NotBlank @Size(max = 200) String displayName) {
	}

	record NoteRequest(@NotBlank @Size(max = 10000) String text, @NotNull NoteVisibility visibility) {
	}
}
