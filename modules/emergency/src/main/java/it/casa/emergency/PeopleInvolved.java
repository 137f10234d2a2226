package it.casa.emergency;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import it.casa.platform.Relationship;

/**
 * The people involved: how many, how many of them minors, whether any is fragile (disabled, elderly, ill,
 * pregnant), and, as they become known, who they are and how to reach them.
 *
 * @param count the number of people involved, at least 1
 * @param minors how many of them are under 18
 * @param persons the people known by name so far, at most {@code count}; at most one reference person
 * @param contactPhone a phone number to reach the household
 */
public record PeopleInvolved(int count, int minors, boolean fragileMembers, List<InvolvedPerson> persons,
		@Nullable String contactPhone) {

	public static final int MAX_COUNT = 99;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./()-]{4,39}");

	/**
	 * @throws InvalidEmergencyDataException {@code people.count.invalid}, {@code people.minors.invalid},
	 *         {@code people.persons.moreThanCount}, {@code people.referencePerson.multiple} or
	 *         {@code people.contactPhone.format}
	 */
	public PeopleInvolved {
		persons = List.copyOf(Objects.requireNonNull(persons, "persons"));
		if (count < 1 || count > MAX_COUNT) {
			throw new InvalidEmergencyDataException("people.count.invalid",
					"The people involved are 1 to " + MAX_COUNT, Map.of("max", Integer.toString(MAX_COUNT)));
		}
		if (minors < 0 || minors > count) {
			throw new InvalidEmergencyDataException("people.minors.invalid",
					"The minors are 0 to the number of people involved", Map.of("count", Integer.toString(count)));
		}
		if (persons.size() > count) {
			throw new InvalidEmergencyDataException("people.persons.moreThanCount",
					"More people named than involved", Map.of("count", Integer.toString(count)));
		}
		if (persons.stream().filter(person -> person.role() == Relationship.REFERENCE_PERSON).count() > 1) {
			throw new InvalidEmergencyDataException("people.referencePerson.multiple",
					"At most one reference person");
		}
		contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
		if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
			throw new InvalidEmergencyDataException("people.contactPhone.format",
					"A phone number has 5 to 40 digits, spaces and + . / ( ) -");
		}
	}

	/** Only the numbers, as known at the first call. */
	public static PeopleInvolved count(int count, int minors, boolean fragileMembers) {
		return new PeopleInvolved(count, minors, fragileMembers, List.of(), null);
	}

	public boolean minorsInvolved() {
		return minors > 0;
	}
}
