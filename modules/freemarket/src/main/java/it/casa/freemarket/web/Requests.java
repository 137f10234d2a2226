package it.casa.freemarket.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import it.casa.freemarket.ContractType;
import it.casa.freemarket.EnergyClass;
import it.casa.freemarket.Heating;
import it.casa.freemarket.OfferDetails;
import it.casa.freemarket.OfferStatus;
import it.casa.freemarket.PartnerTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The bodies the API accepts. Bean Validation checks each field's shape and bounds (a rent is positive and below
 * 20,000 euro a month); the module's rules (the agreed-rent band, the partner's municipalities) are checked by the
 * services, and both kinds of failure are answered alike: a 400 problem naming the fields.
 */
final class Requests {

	static final String MUNICIPALITY_ID = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

	private Requests() {
	}

	/** An offer's details, for a new offer and for a change. */
	record OfferRequest(@NotNull @Pattern(regexp = MUNICIPALITY_ID) String municipality,
			@NotBlank @Size(max = 120) @Schema(description = "Quarter or hamlet, never a street address") String zone,
			@NotNull @DecimalMin("9") @DecimalMax("1000") @Digits(integer = 4, fraction = 1)
			@Schema(description = "Square metres") BigDecimal floorArea,
			@NotNull @Min(1) @Max(20) Integer rooms,
			@NotNull @Min(-2) @Max(60) @Schema(description = "0 for the ground floor") Integer floor,
			@NotNull Boolean lift, @NotNull Heating heating,
			@NotNull @Schema(description = "APE energy class: listings must show it") EnergyClass energyClass,
			@NotNull @DecimalMin("0") @DecimalMax("2000") @Digits(integer = 4, fraction = 2)
			@Schema(description = "APE global energy performance index, kWh/m² a year") BigDecimal energyIndex,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("20000") @Digits(integer = 5, fraction = 2)
			@Schema(description = "Euro a month, charges excluded") BigDecimal monthlyRent,
			@NotNull @DecimalMin("0") @DecimalMax("5000") @Digits(integer = 4, fraction = 2) BigDecimal monthlyCharges,
			@NotNull ContractType contractType, @NotNull LocalDate availableFrom, @NotNull Boolean stepFreeAccess) {

		OfferDetails details() {
			return new OfferDetails(municipality, zone, floorArea, rooms, floor, lift, heating, energyClass,
					energyIndex, monthlyRent, monthlyCharges, contractType, availableFrom, stepFreeAccess);
		}
	}

	/** A change of an offer's details, naming the version it was based on. */
	record OfferChangeRequest(@NotNull @Min(0) Long version, @NotNull @Valid OfferRequest offer) {
	}

	/** Publish, reserve, let, withdraw or reopen, naming the version it was based on. */
	record StatusRequest(@NotNull @Min(0) Long version, @NotNull OfferStatus status) {
	}

	/** A partner's Free Market terms; version 0 the first time. */
	record PartnerTermsRequest(@NotNull @Min(0) Long version, @NotNull LocalDate accreditedOn,
			@NotNull LocalDate accreditedUntil, @NotBlank @Size(max = 80) String accreditationRef,
			@NotNull LocalDate agreementSignedOn, @NotNull LocalDate agreementUntil,
			@NotBlank @Size(max = 80) String agreementRef, @NotBlank @Size(max = 120) String contactName,
			@NotBlank @Email @Size(max = 200) String contactEmail, @Size(min = 3, max = 30) @Nullable String contactPhone,
			@NotEmpty @Size(max = 20) Set<@NotNull @Pattern(regexp = MUNICIPALITY_ID) String> municipalities) {

		PartnerTerms terms() {
			return new PartnerTerms(accreditedOn, accreditedUntil, accreditationRef, agreementSignedOn, agreementUntil,
					agreementRef, contactName, contactEmail, contactPhone,
					municipalities);
		}
	}
}
