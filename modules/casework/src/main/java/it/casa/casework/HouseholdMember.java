package it.casa.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import it.casa.platform.Relationship;
import it.casa.platform.Sex;

/**
 * One person of a household (componente del nucleo familiare), with what the casework rules need to
 * know about them.
 * <p>
 * A person reaches an age on the anniversary of their birth. Someone born on 29 February reaches it on
 * 28 February of a non-leap year, by analogy with art. 2963 of the Civil Code (a term that falls on a
 * day the month lacks ends on the last day of that month); this is also what
 * {@link LocalDate#plusYears(long)} does.
 *
 * @param relationship how this person is related to the reference person
 * @param birthDate the date of birth
 * @param sex the sex as recorded in the civil registry
 * @param disabled whether the person has a recognised disability (disabilità / invalidità)
 */
public record HouseholdMember(Relationship relationship, LocalDate birthDate, Sex sex, boolean disabled) {

	/** Age of majority (maggiore età). */
	public static final int ADULT_AGE = 18;

	/** Age from which a member counts as elderly, and so fragile ("over 65"). */
	public static final int ELDERLY_AGE = 65;

	public HouseholdMember {
		Objects.requireNonNull(relationship, "relationship");
		Objects.requireNonNull(birthDate, "birthDate");
		Objects.requireNonNull(sex, "sex");
	}

	/** A member without a recognised disability. */
	public static HouseholdMember of(Relationship relationship, LocalDate birthDate, Sex sex) {
		return new HouseholdMember(relationship, birthDate, sex, false);
	}

	/** This member, with a recognised disability. */
	public HouseholdMember withDisability() {
		return new HouseholdMember(relationship, birthDate, sex, true);
	}

	/**
	 * The age in completed years on {@code date}.
	 *
	 * @throws InvalidCaseDataException ({@code household.member.bornAfterDate}) if the member is born after
	 *         {@code date}
	 */
	public int ageOn(LocalDate date) {
		if (birthDate.isAfter(date)) {
			throw new InvalidCaseDataException("household.member.bornAfterDate",
					"A household member born on " + birthDate + " has no age on " + date,
					Map.of("birthDate", birthDate.toString(), "date", date.toString()));
		}
		int years = date.getYear() - birthDate.getYear();
		// plusYears moves 29 February to 28 February in a non-leap year, which is the rule we want.
		return birthDate.plusYears(years).isAfter(date) ? years - 1 : years;
	}

	/** Whether the member is under 18 on {@code date}. */
	public boolean isMinorOn(LocalDate date) {
		return ageOn(date) < ADULT_AGE;
	}

	/** Whether the member is 18 or older on {@code date}. */
	public boolean isAdultOn(LocalDate date) {
		return !isMinorOn(date);
	}

	/** Whether the member is 65 or older on {@code date}. */
	public boolean isOver65On(LocalDate date) {
		return ageOn(date) >= ELDERLY_AGE;
	}
}
