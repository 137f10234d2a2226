package it.casa.casework.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import it.casa.casework.HouseholdComposition;
import it.casa.casework.HouseholdDetails;
import it.casa.casework.IncomeBand;
import it.casa.casework.MemberDetails;
import it.casa.platform.Relationship;
import it.casa.platform.Sex;

/**
 * Invented households of a given composition on a given date. Names are drawn from short lists of common Italian
 * names and put together at random, ages are chosen so the composition is the intended one on the date of the
 * request; nobody has a fiscal code, a contact or an address, so nothing here can match a real person.
 */
final class InventedHouseholds {

	private static final List<String> FAMILY_NAMES = List.of("Arrigoni", "Bertoglio", "Casiraghi", "Dell'Orto",
			"Erba", "Fumagalli", "Galbiati", "Invernizzi", "Lissoni", "Mauri", "Nava", "Oggioni", "Pozzoli", "Quadri",
			"Redaelli", "Sormani", "Tagliabue", "Usuelli", "Vergani", "Zappa", "Bonfanti", "Crippa", "Meroni");

	private static final List<String> WOMEN = List.of("Alessia", "Beatrice", "Chiara", "Daniela", "Elisa", "Federica",
			"Giorgia", "Ilaria", "Laura", "Martina", "Noemi", "Paola", "Rachele", "Silvia", "Valentina", "Amina",
			"Fatima", "Ioana");

	private static final List<String> MEN = List.of("Andrea", "Bruno", "Claudio", "Davide", "Enrico", "Fabio",
			"Giacomo", "Luca", "Matteo", "Nicola", "Omar", "Pietro", "Riccardo", "Stefano", "Tommaso", "Youssef",
			"Mihai");

	private InventedHouseholds() {
	}

	static HouseholdDetails of(HouseholdComposition composition, LocalDate on, int seed) {
		String family = FAMILY_NAMES.get(seed % FAMILY_NAMES.size());
		List<MemberDetails> members = new ArrayList<>();
		switch (composition) {
			case PARENTAL_COUPLE_WITH_MINOR_CHILDREN -> {
				members.add(person(seed, family, Relationship.REFERENCE_PERSON, Sex.MALE, 34 + seed % 9, on, IncomeBand.NONE));
				members.add(person(seed + 1, family, Relationship.SPOUSE_OR_PARTNER, Sex.FEMALE, 31 + seed % 7, on, null));
				int children = 2 + seed % 2;
				for (int child = 0; child < children; child++) {
					members.add(person(seed + 2 + child, family, Relationship.CHILD, child % 2 == 0 ? Sex.FEMALE : Sex.MALE,
							2 + child * 4 + seed % 3, on, null));
				}
			}
			case SINGLE_MOTHER_WITH_MINOR_CHILDREN -> {
				members.add(person(seed, family, Relationship.REFERENCE_PERSON, Sex.FEMALE, 28 + seed % 11, on, null));
				int children = 1 + seed % 3;
				for (int child = 0; child < children; child++) {
					members.add(person(seed + 1 + child, family, Relationship.CHILD, child % 2 == 0 ? Sex.MALE : Sex.FEMALE,
							3 + child * 5, on, null));
				}
			}
			case SINGLE_ADULT -> members.add(person(seed, family, Relationship.REFERENCE_PERSON,
					seed % 2 == 0 ? Sex.MALE : Sex.FEMALE, 27 + (seed * 7) % 35, on, null));
			case MOTHER_WITH_NEWLY_ADULT_CHILD -> {
				members.add(person(seed, family, Relationship.REFERENCE_PERSON, Sex.FEMALE, 46, on, null));
				members.add(person(seed + 1, family, Relationship.CHILD, Sex.MALE, 19, on, null));
			}
			case ADULT_WITH_ADULT_OVER_65 -> {
				members.add(person(seed, family, Relationship.REFERENCE_PERSON, Sex.FEMALE, 44, on, null));
				members.add(person(seed + 1, family, Relationship.PARENT, Sex.FEMALE, 73, on, null));
			}
			case PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65 -> {
				members.add(person(seed, family, Relationship.REFERENCE_PERSON, Sex.MALE, 41, on, null));
				members.add(person(seed + 1, family, Relationship.SPOUSE_OR_PARTNER, Sex.FEMALE, 38, on, null));
				members.add(person(seed + 2, family, Relationship.CHILD, Sex.FEMALE, 9, on, null));
				members.add(person(seed + 3, family, Relationship.PARENT, Sex.MALE, 70, on, null));
			}
			case OTHER -> {
				members.add(person(seed, family, Relationship.REFERENCE_PERSON, Sex.MALE, 50, on, null));
				members.add(person(seed + 1, family, Relationship.SIBLING, Sex.MALE, 47, on, null));
			}
		}
		return new HouseholdDetails(members, List.of(), List.of());
	}

	/** Someone who is {@code age} years old on {@code on} (born up to a few months more than that before it). */
	private static MemberDetails person(int seed, String family, Relationship relationship, Sex sex, int age,
			LocalDate on, @Nullable IncomeBand income) {
		List<String> names = sex == Sex.FEMALE ? WOMEN : MEN;
		String given = names.get((seed * 5 + age) % names.size());
		LocalDate birth = on.minusYears(age).minusDays(15 + (seed * 37L) % 300);
		return new MemberDetails(given, family, relationship, birth, sex, null, null, null, income, false);
	}
}
