package it.casa.casework;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import it.casa.platform.Relationship;
import it.casa.platform.Sex;

/**
 * A household as its workers see it, with the category and flags derived today.
 *
 * @param version send it back with a change; a change based on an older version is refused (HTTP 409)
 */
public record HouseholdView(HouseholdId id, long version, List<MemberView> members, List<Contact> contacts,
		List<Address> addresses, HouseholdComposition composition, boolean fragileMembers) {

	/** A member, with the age today. */
	public record MemberView(String givenName, String familyName, Relationship relationship, LocalDate birthDate,
			int age, Sex sex, @Nullable String fiscalCode, @Nullable String citizenship,
			@Nullable LocalDate residencePermitExpiry, @Nullable IncomeBand incomeBand, boolean disabled) {
	}
}
