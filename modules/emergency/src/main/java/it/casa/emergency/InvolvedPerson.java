package it.casa.emergency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import it.casa.platform.FiscalCodeError;
import it.casa.platform.ItalianFiscalCode;
import it.casa.platform.Relationship;
import it.casa.platform.Sex;

/**
 * A person involved, as far as known: at intake often nothing but a role, completed later. Case work needs the
 * names, birth date, sex and role of everyone handed over ({@link #missingForHandOver()}).
 *
 * @param fiscalCode normalised (upper case, no spaces); checked and, when the birth date or sex is known, agreeing
 *        with them
 */
public record InvolvedPerson(@Nullable String givenName, @Nullable String familyName, @Nullable String fiscalCode,
		@Nullable LocalDate birthDate, @Nullable Sex sex, @Nullable Relationship role) {

	public static final int MAX_NAME_LENGTH = 100;

	/**
	 * @throws InvalidEmergencyDataException {@code person.givenName.tooLong}, {@code person.familyName.tooLong}, a
	 *         {@code fiscalCode.*} key, or {@code person.fiscalCode.inconsistent}
	 */
	public InvolvedPerson {
		givenName = Texts.optional(givenName, MAX_NAME_LENGTH, "person.givenName");
		familyName = Texts.optional(familyName, MAX_NAME_LENGTH, "person.familyName");
		fiscalCode = fiscalCode == null || fiscalCode.isBlank() ? null : ItalianFiscalCode.normalise(fiscalCode);
		if (fiscalCode != null) {
			ItalianFiscalCode.validate(fiscalCode).map(FiscalCodeError::code).ifPresent(error -> {
				throw new InvalidEmergencyDataException(error, "The fiscal code is not valid");
			});
			if (!agrees(new ItalianFiscalCode(fiscalCode), birthDate, sex)) {
				// No values in the message: they are personal data and messages reach logs.
				throw new InvalidEmergencyDataException("person.fiscalCode.inconsistent",
						"The fiscal code encodes another birth date or sex than the ones given", Map.of());
			}
		}
	}

	/** Whether a valid code agrees with the birth date and sex given, where known (a provisional code agrees with any). */
	private static boolean agrees(ItalianFiscalCode code, @Nullable LocalDate birthDate, @Nullable Sex sex) {
		boolean dateAgrees = birthDate == null || code.isConsistentWithBirthDate(birthDate);
		boolean sexAgrees = sex == null || code
			.isConsistentWithSex(sex == Sex.FEMALE ? ItalianFiscalCode.EncodedSex.FEMALE : ItalianFiscalCode.EncodedSex.MALE);
		return dateAgrees && sexAgrees;
	}

	/** The fields case work still needs about this person ({@code givenName}, {@code birthDate}, ...); empty when complete. */
	public List<String> missingForHandOver() {
		List<String> missing = new ArrayList<>();
		if (givenName == null) {
			missing.add("givenName");
		}
		if (familyName == null) {
			missing.add("familyName");
		}
		if (birthDate == null) {
			missing.add("birthDate");
		}
		if (sex == null) {
			missing.add("sex");
		}
		if (role == null) {
			missing.add("role");
		}
		return missing;
	}
}
