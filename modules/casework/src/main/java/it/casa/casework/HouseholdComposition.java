package it.casa.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.casa.platform.Relationship;
import it.casa.platform.Sex;

/**
 * The composition of a household (composizione del nucleo familiare), in the categories of the agency's
 * published figures (press kit, "Composizione nuclei familiari") plus {@link #OTHER}.
 * <p>
 * The category is derived from the members on a date, by these rules, tried in order (the first that
 * matches wins). "Minor" is under 18, "over 65" is 65 or older, "newly adult" (neomaggiorenne) is 18 to
 * 20 (the age up to which care for young people leaving care may be extended, prosieguo amministrativo); "children" are the members
 * related to the reference person as {@link Relationship#CHILD}, "others" are the members who are
 * neither the reference person, their spouse or partner, nor their children.
 * <ol>
 * <li>{@link #SINGLE_ADULT}: the reference person alone, and adult.</li>
 * <li>{@link #PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65}: reference person and partner, at
 * least one minor child, and at least one other member, every other member over 65.</li>
 * <li>{@link #PARENTAL_COUPLE_WITH_MINOR_CHILDREN}: reference person and partner, at least one minor
 * child, no others.</li>
 * <li>{@link #SINGLE_MOTHER_WITH_MINOR_CHILDREN}: a female reference person without partner, at least one
 * minor child, no others.</li>
 * <li>{@link #MOTHER_WITH_NEWLY_ADULT_CHILD}: a female reference person without partner whose children are
 * all newly adult, no others; or, seen from the child, a newly adult reference person living only with
 * their mother.</li>
 * <li>{@link #ADULT_WITH_ADULT_OVER_65}: two adults, at least one of them over 65, whatever their
 * relationship.</li>
 * <li>{@link #OTHER}: everything else.</li>
 * </ol>
 * In rules 2 to 4 adult children living with their parents do not change the category: the minors do.
 * Sex matters only for the mother categories, as in the published figures; a single father with minors,
 * a couple without children (neither over 65) or a minor alone is {@link #OTHER}. Disability does not
 * change the category; it is a flag ({@link Household#hasDisabledMember()}).
 */
public enum HouseholdComposition {

	/** Coppia genitoriale con (più) figli minori. */
	PARENTAL_COUPLE_WITH_MINOR_CHILDREN,

	/** Madre sola con figli minori. */
	SINGLE_MOTHER_WITH_MINOR_CHILDREN,

	/** Adulto solo. */
	SINGLE_ADULT,

	/** Madre con figlio neomaggiorenne. */
	MOTHER_WITH_NEWLY_ADULT_CHILD,

	/** Adulto con adulto over 65. */
	ADULT_WITH_ADULT_OVER_65,

	/** Coppia genitoriale con figli minori e adulto over 65. */
	PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65,

	/** Altra composizione: none of the published categories. */
	OTHER;

	/** A newly adult person (neomaggiorenne) is at least 18 and younger than this. */
	static final int NEWLY_ADULT_UNTIL_AGE = 21;

	static HouseholdComposition classify(Household household, LocalDate date) {
		List<HouseholdMember> members = household.members();
		// Ages are checked first so that a member born after the date fails whatever the rule.
		members.forEach(member -> member.ageOn(date));

		HouseholdMember reference = household.referencePerson();
		Optional<HouseholdMember> partner = only(members, Relationship.SPOUSE_OR_PARTNER);
		List<HouseholdMember> children = members.stream()
			.filter(member -> member.relationship() == Relationship.CHILD)
			.toList();
		List<HouseholdMember> others = members.stream()
			.filter(member -> member.relationship() != Relationship.REFERENCE_PERSON
					&& member.relationship() != Relationship.SPOUSE_OR_PARTNER
					&& member.relationship() != Relationship.CHILD)
			.toList();
		boolean hasMinorChild = children.stream().anyMatch(child -> child.isMinorOn(date));
		boolean femaleWithoutPartner = reference.sex() == Sex.FEMALE && partner.isEmpty();

		if (members.size() == 1 && reference.isAdultOn(date)) {
			return SINGLE_ADULT;
		}
		if (partner.isPresent() && hasMinorChild && !others.isEmpty()
				&& others.stream().allMatch(other -> other.isOver65On(date))) {
			return PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65;
		}
		if (partner.isPresent() && hasMinorChild && others.isEmpty()) {
			return PARENTAL_COUPLE_WITH_MINOR_CHILDREN;
		}
		if (femaleWithoutPartner && hasMinorChild && others.isEmpty()) {
			return SINGLE_MOTHER_WITH_MINOR_CHILDREN;
		}
		if (femaleWithoutPartner && !children.isEmpty() && others.isEmpty()
				&& children.stream().allMatch(child -> isNewlyAdult(child, date))) {
			return MOTHER_WITH_NEWLY_ADULT_CHILD;
		}
		if (members.size() == 2 && isNewlyAdult(reference, date) && others.size() == 1
				&& others.get(0).relationship() == Relationship.PARENT && others.get(0).sex() == Sex.FEMALE) {
			return MOTHER_WITH_NEWLY_ADULT_CHILD;
		}
		if (members.size() == 2 && members.stream().allMatch(member -> member.isAdultOn(date))
				&& members.stream().anyMatch(member -> member.isOver65On(date))) {
			return ADULT_WITH_ADULT_OVER_65;
		}
		return OTHER;
	}

	private static boolean isNewlyAdult(HouseholdMember member, LocalDate date) {
		int age = member.ageOn(date);
		return age >= HouseholdMember.ADULT_AGE && age < NEWLY_ADULT_UNTIL_AGE;
	}

	private static Optional<HouseholdMember> only(List<HouseholdMember> members, Relationship relationship) {
		return members.stream().filter(member -> member.relationship() == relationship).findFirst();
	}
}
