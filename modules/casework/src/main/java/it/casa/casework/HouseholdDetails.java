package it.casa.casework;

import java.util.List;
import java.util.Objects;

import it.casa.platform.Relationship;

/**
 * Everything recorded about a household: its members (exactly one reference person), contacts and addresses.
 *
 * @throws InvalidCaseDataException as {@link Household} does for the members
 */
public record HouseholdDetails(List<MemberDetails> members, List<Contact> contacts, List<Address> addresses) {

	public HouseholdDetails {
		members = List.copyOf(Objects.requireNonNull(members, "members"));
		contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts"));
		addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
		household(members);
	}

	/** The household as the casework rules see it. */
	public Household household() {
		return household(members);
	}

	/** The reference person's record. */
	public MemberDetails referencePerson() {
		return members.stream().filter(m -> m.relationship() == Relationship.REFERENCE_PERSON).findFirst().orElseThrow();
	}

	private static Household household(List<MemberDetails> members) {
		return new Household(members.stream().map(MemberDetails::toMember).toList());
	}
}
