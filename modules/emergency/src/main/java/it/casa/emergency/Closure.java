package it.casa.emergency;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How an emergency ends: handed over to case work (a grade-4 case is opened for the household, which needs its
 * consent to case work) or closed without hand-over, for a reason.
 *
 * @param consentGivenOn when the household consented to case work; required for a hand-over, refused otherwise
 * @param note why it closes without hand-over (required then), or anything the case workers should know
 */
public record Closure(boolean handOver, @Nullable LocalDate consentGivenOn, @Nullable String note) {

	public static final int MAX_NOTE_LENGTH = 2000;

	/**
	 * @throws InvalidEmergencyDataException {@code closure.consent.required}, {@code closure.consent.notApplicable},
	 *         {@code closure.note.required} or {@code closure.note.tooLong}
	 */
	public Closure {
		note = Texts.optional(note, MAX_NOTE_LENGTH, "closure.note");
		if (handOver && consentGivenOn == null) {
			throw new InvalidEmergencyDataException("closure.consent.required",
					"A hand-over to case work needs the household's consent");
		}
		if (!handOver && consentGivenOn != null) {
			throw new InvalidEmergencyDataException("closure.consent.notApplicable",
					"Consent to case work is recorded only with a hand-over");
		}
		if (!handOver && note == null) {
			throw new InvalidEmergencyDataException("closure.note.required",
					"Closing without a hand-over needs a reason");
		}
	}

	public static Closure handOver(LocalDate consentGivenOn) {
		return new Closure(true, consentGivenOn, null);
	}

	public static Closure withoutHandOver(String reason) {
		return new Closure(false, null, reason);
	}
}
