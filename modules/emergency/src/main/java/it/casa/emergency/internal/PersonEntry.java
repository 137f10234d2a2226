package it.casa.emergency.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import it.casa.emergency.InvolvedPerson;
import it.casa.platform.Relationship;
import it.casa.platform.Sex;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person involved in an emergency (table {@code emergency_person}); everything may still be unknown. */
@Embeddable
class PersonEntry {

	private @Nullable String givenName;

	private @Nullable String familyName;

	private @Nullable String fiscalCode;

	private @Nullable LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private @Nullable Sex sex;

	@Enumerated(EnumType.STRING)
	private @Nullable Relationship role;

	protected PersonEntry() {
		// for JPA
	}

	static PersonEntry of(InvolvedPerson person) {
		PersonEntry entry = new PersonEntry();
		entry.givenName = person.givenName();
		entry.familyName = person.familyName();
		entry.fiscalCode = person.fiscalCode();
		entry.birthDate = person.birthDate();
		entry.sex = person.sex();
		entry.role = person.role();
		return entry;
	}

	boolean isReferencePerson() {
		return role == Relationship.REFERENCE_PERSON;
	}

	InvolvedPerson toPerson() {
		return new InvolvedPerson(givenName, familyName, fiscalCode, birthDate, sex, role);
	}
}
