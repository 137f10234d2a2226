package it.casa.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import it.casa.platform.Relationship;

/**
 * The people living together that a case is about (nucleo familiare): exactly one reference person,
 * at most one spouse or partner, and any number of other members.
 * <p>
 * Category and flags are derived on a given date, because children come of age and adults turn 65
 * while a case runs: monitoring uses the date of the activation request, triage the date of triage.
 *
 * @param members the members, reference person included, in the order given
 */
public record Household(List<HouseholdMember> members) {

	/**
	 * @throws InvalidCaseDataException {@code household.referencePerson.missing},
	 *         {@code household.referencePerson.multiple} or {@code household.partner.multiple}
	 */
	public Household {
		members = List.copyOf(Objects.requireNonNull(members, "members"));
		long referencePersons = count(members, Relationship.REFERENCE_PERSON);
		if (referencePersons == 0) {
			throw new InvalidCaseDataException("household.referencePerson.missing",
					"A household needs a reference person");
		}
		if (referencePersons > 1) {
			throw new InvalidCaseDataException("household.referencePerson.multiple",
					"A household has exactly one reference person, not " + referencePersons,
					Map.of("count", Long.toString(referencePersons)));
		}
		long partners = count(members, Relationship.SPOUSE_OR_PARTNER);
		if (partners > 1) {
			throw new InvalidCaseDataException("household.partner.multiple",
					"A household has at most one spouse or partner of the reference person, not " + partners,
					Map.of("count", Long.toString(partners)));
		}
	}

	/** A household of the given members, one of them the reference person. */
	public static Household of(HouseholdMember... members) {
		return new Household(List.of(members));
	}

	/** The reference person (persona di riferimento). */
	public HouseholdMember referencePerson() {
		return members.stream()
			.filter(member -> member.relationship() == Relationship.REFERENCE_PERSON)
			.findFirst()
			.orElseThrow();
	}

	/** The number of members, reference person included. */
	public int size() {
		return members.size();
	}

	/**
	 * The composition category on {@code date}; see {@link HouseholdComposition} for the rules.
	 *
	 * @throws InvalidCaseDataException ({@code household.member.bornAfterDate}) if a member is born after
	 *         {@code date}
	 */
	public HouseholdComposition compositionOn(LocalDate date) {
		return HouseholdComposition.classify(this, date);
	}

	/** Whether a member is under 18 on {@code date}. */
	public boolean hasMinorsOn(LocalDate date) {
		return members.stream().anyMatch(member -> member.isMinorOn(date));
	}

	/** Whether a member is 65 or older on {@code date}. */
	public boolean hasOver65On(LocalDate date) {
		return members.stream().anyMatch(member -> member.isOver65On(date));
	}

	/** Whether a member has a recognised disability. */
	public boolean hasDisabledMember() {
		return members.stream().anyMatch(HouseholdMember::disabled);
	}

	/**
	 * Whether the household has fragile members (componenti fragili) on {@code date}: a minor, a person
	 * aged 65 or more, or a person with a disability.
	 */
	public boolean hasFragileMembersOn(LocalDate date) {
		return hasMinorsOn(date) || hasOver65On(date) || hasDisabledMember();
	}

	private static long count(List<HouseholdMember> members, Relationship relationship) {
		return members.stream().filter(member -> member.relationship() == relationship).count();
	}
}
