package it.casa.casework;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import it.casa.platform.FiscalCodeError;
import it.casa.platform.ItalianFiscalCode;
import it.casa.platform.Sex;

/**
 * An Italian fiscal code (codice fiscale) of a household member, validated and normalised to upper case without
 * spaces by the platform's {@link ItalianFiscalCode} (personal code with omocodia variants, or provisional numeric
 * code); this type adds case work's exception and {@link Sex}.
 * <p>
 * Two different codes are two different people, even when one is an omocodia variant of the other: compare
 * {@link #value()} as it is.
 *
 * @param value the normalised code
 */
public record FiscalCode(String value) {

	/**
	 * Normalises and validates {@code value}.
	 *
	 * @throws InvalidCaseDataException with the {@link FiscalCodeError#code() code} of the first failure
	 */
	public FiscalCode {
		Optional<FiscalCodeError> error = validate(value);
		if (error.isPresent()) {
			throw new InvalidCaseDataException(error.get().code(), error.get().message());
		}
		value = ItalianFiscalCode.normalise(value);
	}

	/**
	 * The fiscal code written in {@code text}, in any case and with any spaces.
	 *
	 * @throws InvalidCaseDataException with the {@link FiscalCodeError#code() code} of the first failure
	 */
	public static FiscalCode of(String text) {
		return new FiscalCode(text);
	}

	/** The first reason why {@code text} is not a valid fiscal code, or empty if it is one. */
	public static Optional<FiscalCodeError> validate(@Nullable String text) {
		return ItalianFiscalCode.validate(text);
	}

	/** Whether {@code text} is a valid fiscal code. */
	public static boolean isValid(@Nullable String text) {
		return ItalianFiscalCode.isValid(text);
	}

	/** Whether this is an 11-digit provisional code, which encodes no birth date, sex or place. */
	public boolean isProvisional() {
		return code().isProvisional();
	}

	/** Whether this personal code has omocodia letters in place of digits. */
	public boolean isOmocode() {
		return code().isOmocode();
	}

	/** The sex encoded in a personal code; empty for a provisional code. */
	public Optional<Sex> sex() {
		return code().sex().map(sex -> sex == ItalianFiscalCode.EncodedSex.FEMALE ? Sex.FEMALE : Sex.MALE);
	}

	/**
	 * The birth date encoded in a personal code, in the latest century that puts it on or before {@code notAfter}.
	 *
	 * @see ItalianFiscalCode#birthDate(LocalDate)
	 */
	public Optional<LocalDate> birthDate(LocalDate notAfter) {
		return code().birthDate(notAfter);
	}

	/**
	 * Whether a declared birth date agrees with this code: same day, month and last two digits of the year. A
	 * provisional code encodes no date, so it agrees with any.
	 */
	public boolean isConsistentWithBirthDate(LocalDate declaredBirthDate) {
		return code().isConsistentWithBirthDate(declaredBirthDate);
	}

	/**
	 * Whether a declared sex agrees with this code. A provisional code encodes no sex, so it agrees with either.
	 */
	public boolean isConsistentWithSex(Sex declaredSex) {
		return sex().map(declaredSex::equals).orElse(true);
	}

	/**
	 * The cadastral code of the birth place, with omocodia letters turned back into digits; empty for a provisional
	 * code.
	 */
	public Optional<String> birthPlaceCode() {
		return code().birthPlaceCode();
	}

	@Override
	public String toString() {
		return value;
	}

	private ItalianFiscalCode code() {
		return new ItalianFiscalCode(value);
	}
}
