package it.casa.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import it.casa.platform.Relationship;
import it.casa.platform.Sex;

/**
 * A person of a household as the operator records them.
 *
 * @param fiscalCode null when the person has none yet (e.g. a newborn); when given it must agree with the birth
 *        date and the sex
 * @param citizenship the citizenship as written (e.g. "Italiana", "Marocchina"), null if not recorded
 * @param residencePermitExpiry when the residence permit expires, for non-EU citizens; null otherwise
 * @param incomeBand the person's yearly income band, null if not known
 */
public record MemberDetails(String givenName, String familyName, Relationship relationship, LocalDate birthDate, Sex sex,
		@Nullable FiscalCode fiscalCode, @Nullable String citizenship, @Nullable LocalDate residencePermitExpiry,
		@Nullable IncomeBand incomeBand, boolean disabled) {

	/**
	 * @throws InvalidCaseDataException {@code household.member.fiscalCode.inconsistent} when the fiscal code encodes
	 *         another birth date or sex
	 */
	public MemberDetails {
		Objects.requireNonNull(givenName, "givenName");
		Objects.requireNonNull(familyName, "familyName");
		Objects.requireNonNull(relationship, "relationship");
		Objects.requireNonNull(birthDate, "birthDate");
		Objects.requireNonNull(sex, "sex");
		givenName = givenName.strip();
		familyName = familyName.strip();
		if (fiscalCode != null && (!fiscalCode.isConsistentWithBirthDate(birthDate) || !fiscalCode.isConsistentWithSex(sex))) {
			// No values in the message: they are personal data and messages reach logs.
			throw new InvalidCaseDataException("household.member.fiscalCode.inconsistent",
					"The fiscal code encodes another birth date or sex than the ones given",
					Map.of());
		}
	}

	/** What the casework rules need to know about this person. */
	public HouseholdMember toMember() {
		return new HouseholdMember(relationship, birthDate, sex, disabled);
	}
}
