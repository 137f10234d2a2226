package it.casa.casework;

import static it.casa.casework.HouseholdComposition.ADULT_WITH_ADULT_OVER_65;
import static it.casa.casework.HouseholdComposition.MOTHER_WITH_NEWLY_ADULT_CHILD;
import static it.casa.casework.HouseholdComposition.OTHER;
import static it.casa.casework.HouseholdComposition.PARENTAL_COUPLE_WITH_MINOR_CHILDREN;
import static it.casa.casework.HouseholdComposition.PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65;
import static it.casa.casework.HouseholdComposition.SINGLE_ADULT;
import static it.casa.casework.HouseholdComposition.SINGLE_MOTHER_WITH_MINOR_CHILDREN;
import static it.casa.platform.Relationship.CHILD;
import static it.casa.platform.Relationship.OTHER_RELATIVE;
import static it.casa.platform.Relationship.PARENT;
import static it.casa.platform.Relationship.REFERENCE_PERSON;
import static it.casa.platform.Relationship.SIBLING;
import static it.casa.platform.Relationship.SPOUSE_OR_PARTNER;
import static it.casa.platform.Sex.FEMALE;
import static it.casa.platform.Sex.MALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.casa.platform.Relationship;
import it.casa.platform.Sex;

class HouseholdCompositionTests {

	private static final LocalDate ON = LocalDate.of(2026, 6, 15);

	/** A member who is {@code age} years old on {@link #ON} (born that many years before, a month earlier). */
	private static HouseholdMember aged(int age, Relationship relationship, Sex sex) {
		return HouseholdMember.of(relationship, ON.minusYears(age).minusMonths(1), sex);
	}

	private static HouseholdComposition compositionOf(HouseholdMember... members) {
		return Household.of(members).compositionOn(ON);
	}

	@Test
	void personAloneIsSingleAdult() {
		assertThat(compositionOf(aged(40, REFERENCE_PERSON, MALE))).isEqualTo(SINGLE_ADULT);
	}

	@Test
	void minorAloneIsOther() {
		assertThat(compositionOf(aged(16, REFERENCE_PERSON, MALE))).isEqualTo(OTHER);
	}

	@Test
	void elderlyPersonAloneIsSingleAdult() {
		assertThat(compositionOf(aged(80, REFERENCE_PERSON, FEMALE))).isEqualTo(SINGLE_ADULT);
	}

	@Test
	void coupleWithTwoMinorsIsParentalCoupleWithMinorChildren() {
		assertThat(compositionOf(aged(40, REFERENCE_PERSON, MALE), aged(38, SPOUSE_OR_PARTNER, FEMALE),
				aged(10, CHILD, MALE), aged(6, CHILD, FEMALE)))
			.isEqualTo(PARENTAL_COUPLE_WITH_MINOR_CHILDREN);
	}

	@Test
	void coupleWithOneMinorIsParentalCoupleWithMinorChildren() {
		assertThat(compositionOf(aged(30, REFERENCE_PERSON, FEMALE), aged(31, SPOUSE_OR_PARTNER, MALE),
				aged(0, CHILD, MALE)))
			.isEqualTo(PARENTAL_COUPLE_WITH_MINOR_CHILDREN);
	}

	@Test
	void coupleWithAMinorAndAnAdultChildIsStillParentalCoupleWithMinorChildren() {
		assertThat(compositionOf(aged(50, REFERENCE_PERSON, MALE), aged(48, SPOUSE_OR_PARTNER, FEMALE),
				aged(24, CHILD, MALE), aged(12, CHILD, FEMALE)))
			.isEqualTo(PARENTAL_COUPLE_WITH_MINOR_CHILDREN);
	}

	@Test
	void coupleWithMinorsAndAGrandparentOver65IsParentalCoupleWithMinorChildrenAndAdultOver65() {
		assertThat(compositionOf(aged(40, REFERENCE_PERSON, MALE), aged(38, SPOUSE_OR_PARTNER, FEMALE),
				aged(10, CHILD, MALE), aged(72, PARENT, FEMALE)))
			.isEqualTo(PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65);
	}

	@Test
	void coupleWithMinorsAndAnOtherAdultUnder65IsOther() {
		assertThat(compositionOf(aged(40, REFERENCE_PERSON, MALE), aged(38, SPOUSE_OR_PARTNER, FEMALE),
				aged(10, CHILD, MALE), aged(64, PARENT, FEMALE)))
			.isEqualTo(OTHER);
	}

	@Test
	void coupleWithMinorsAGrandparentAndAnUncleIsOther() {
		assertThat(compositionOf(aged(40, REFERENCE_PERSON, MALE), aged(38, SPOUSE_OR_PARTNER, FEMALE),
				aged(10, CHILD, MALE), aged(70, PARENT, FEMALE), aged(45, SIBLING, MALE)))
			.isEqualTo(OTHER);
	}

	@Test
	void singleMotherWithTwoMinorsIsSingleMotherWithMinors() {
		assertThat(compositionOf(aged(35, REFERENCE_PERSON, FEMALE), aged(9, CHILD, FEMALE), aged(4, CHILD, MALE)))
			.isEqualTo(SINGLE_MOTHER_WITH_MINOR_CHILDREN);
	}

	@Test
	void teenageMotherWithHerBabyIsSingleMotherWithMinors() {
		assertThat(compositionOf(aged(17, REFERENCE_PERSON, FEMALE), aged(0, CHILD, FEMALE)))
			.isEqualTo(SINGLE_MOTHER_WITH_MINOR_CHILDREN);
	}

	@Test
	void singleMotherWithAMinorAndANewlyAdultChildIsSingleMotherWithMinors() {
		assertThat(compositionOf(aged(45, REFERENCE_PERSON, FEMALE), aged(19, CHILD, MALE), aged(15, CHILD, MALE)))
			.isEqualTo(SINGLE_MOTHER_WITH_MINOR_CHILDREN);
	}

	@Test
	void singleMotherWithMinorsAndHerOwnMotherIsOther() {
		assertThat(compositionOf(aged(35, REFERENCE_PERSON, FEMALE), aged(9, CHILD, FEMALE), aged(60, PARENT, FEMALE)))
			.isEqualTo(OTHER);
	}

	@Test
	void singleFatherWithMinorsIsOtherBecauseThePublishedFiguresHaveNoSuchCategory() {
		assertThat(compositionOf(aged(35, REFERENCE_PERSON, MALE), aged(9, CHILD, FEMALE))).isEqualTo(OTHER);
	}

	@Test
	void motherWithASonWhoTurned18IsMotherWithNewlyAdultChild() {
		assertThat(compositionOf(aged(44, REFERENCE_PERSON, FEMALE), aged(18, CHILD, MALE)))
			.isEqualTo(MOTHER_WITH_NEWLY_ADULT_CHILD);
	}

	@Test
	void childTurning18OnTheReferenceDateMakesAMotherWithNewlyAdultChild() {
		Household household = Household.of(HouseholdMember.of(REFERENCE_PERSON, LocalDate.of(1980, 1, 1), FEMALE),
				HouseholdMember.of(CHILD, ON.minusYears(18), MALE));

		assertThat(household.compositionOn(ON.minusDays(1))).isEqualTo(SINGLE_MOTHER_WITH_MINOR_CHILDREN);
		assertThat(household.compositionOn(ON)).isEqualTo(MOTHER_WITH_NEWLY_ADULT_CHILD);
	}

	@Test
	void leapDayChildComesOfAgeOnThe28thOfFebruary() {
		Household household = Household.of(HouseholdMember.of(REFERENCE_PERSON, LocalDate.of(1980, 1, 1), FEMALE),
				HouseholdMember.of(CHILD, LocalDate.of(2008, 2, 29), MALE));

		assertThat(household.compositionOn(LocalDate.of(2026, 2, 27))).isEqualTo(SINGLE_MOTHER_WITH_MINOR_CHILDREN);
		assertThat(household.compositionOn(LocalDate.of(2026, 2, 28))).isEqualTo(MOTHER_WITH_NEWLY_ADULT_CHILD);
		assertThat(household.hasMinorsOn(LocalDate.of(2026, 2, 28))).isFalse();
	}

	@Test
	void childOf21IsNoLongerNewlyAdult() {
		assertThat(compositionOf(aged(50, REFERENCE_PERSON, FEMALE), aged(21, CHILD, MALE))).isEqualTo(OTHER);
		assertThat(compositionOf(aged(50, REFERENCE_PERSON, FEMALE), aged(20, CHILD, MALE)))
			.isEqualTo(MOTHER_WITH_NEWLY_ADULT_CHILD);
	}

	@Test
	void newlyAdultReferencePersonLivingWithTheirMotherIsMotherWithNewlyAdultChild() {
		assertThat(compositionOf(aged(19, REFERENCE_PERSON, MALE), aged(47, PARENT, FEMALE)))
			.isEqualTo(MOTHER_WITH_NEWLY_ADULT_CHILD);
	}

	@Test
	void newlyAdultReferencePersonLivingWithTheirFatherIsOther() {
		assertThat(compositionOf(aged(19, REFERENCE_PERSON, MALE), aged(47, PARENT, MALE))).isEqualTo(OTHER);
	}

	@Test
	void fatherWithNewlyAdultChildIsOther() {
		assertThat(compositionOf(aged(47, REFERENCE_PERSON, MALE), aged(19, CHILD, MALE))).isEqualTo(OTHER);
	}

	@Test
	void adultCaringForParentOver65IsAdultWithAdultOver65() {
		assertThat(compositionOf(aged(50, REFERENCE_PERSON, MALE), aged(82, PARENT, FEMALE)))
			.isEqualTo(ADULT_WITH_ADULT_OVER_65);
	}

	@Test
	void adultWhoTurns65OnTheReferenceDateCountsAsOver65() {
		Household household = Household.of(HouseholdMember.of(REFERENCE_PERSON, LocalDate.of(1980, 1, 1), MALE),
				HouseholdMember.of(OTHER_RELATIVE, ON.minusYears(65), FEMALE));

		assertThat(household.compositionOn(ON.minusDays(1))).isEqualTo(OTHER);
		assertThat(household.compositionOn(ON)).isEqualTo(ADULT_WITH_ADULT_OVER_65);
	}

	@Test
	void elderlyCoupleIsAdultWithAdultOver65() {
		assertThat(compositionOf(aged(70, REFERENCE_PERSON, MALE), aged(68, SPOUSE_OR_PARTNER, FEMALE)))
			.isEqualTo(ADULT_WITH_ADULT_OVER_65);
	}

	@Test
	void coupleWithoutChildrenUnder65IsOther() {
		assertThat(compositionOf(aged(30, REFERENCE_PERSON, MALE), aged(28, SPOUSE_OR_PARTNER, FEMALE)))
			.isEqualTo(OTHER);
	}

	@Test
	void grandparentOver65WithAMinorGrandchildIsOther() {
		assertThat(compositionOf(aged(70, REFERENCE_PERSON, FEMALE), aged(12, OTHER_RELATIVE, MALE))).isEqualTo(OTHER);
	}

	@Test
	void motherOver65WithANewlyAdultChildIsMotherWithNewlyAdultChildBecauseThatRuleComesFirst() {
		assertThat(compositionOf(aged(66, REFERENCE_PERSON, FEMALE), aged(19, CHILD, MALE)))
			.isEqualTo(MOTHER_WITH_NEWLY_ADULT_CHILD);
	}

	@Test
	void disabilityDoesNotChangeTheCategory() {
		assertThat(compositionOf(aged(40, REFERENCE_PERSON, MALE).withDisability())).isEqualTo(SINGLE_ADULT);
	}

	@Test
	void flagsMinorsOver65AndDisabledMembers() {
		Household family = Household.of(aged(40, REFERENCE_PERSON, MALE), aged(38, SPOUSE_OR_PARTNER, FEMALE),
				aged(10, CHILD, MALE));
		Household alone = Household.of(aged(40, REFERENCE_PERSON, MALE));
		Household withGrandmother = Household.of(aged(40, REFERENCE_PERSON, MALE), aged(70, PARENT, FEMALE));
		Household withDisabledAdult = Household.of(aged(40, REFERENCE_PERSON, MALE),
				aged(42, SIBLING, MALE).withDisability());

		assertThat(family.hasMinorsOn(ON)).isTrue();
		assertThat(family.hasOver65On(ON)).isFalse();
		assertThat(family.hasDisabledMember()).isFalse();
		assertThat(family.hasFragileMembersOn(ON)).isTrue();

		assertThat(alone.hasFragileMembersOn(ON)).isFalse();

		assertThat(withGrandmother.hasOver65On(ON)).isTrue();
		assertThat(withGrandmother.hasMinorsOn(ON)).isFalse();
		assertThat(withGrandmother.hasFragileMembersOn(ON)).isTrue();

		assertThat(withDisabledAdult.hasDisabledMember()).isTrue();
		assertThat(withDisabledAdult.hasFragileMembersOn(ON)).isTrue();
	}

	@Test
	void refusesAHouseholdWithoutReferencePerson() {
		assertThatThrownBy(() -> Household.of(aged(40, SPOUSE_OR_PARTNER, MALE)))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("household.referencePerson.missing"));
		assertThatThrownBy(() -> new Household(List.of())).isInstanceOfSatisfying(InvalidCaseDataException.class,
				e -> assertThat(e.code()).isEqualTo("household.referencePerson.missing"));
	}

	@Test
	void refusesTwoReferencePersons() {
		assertThatThrownBy(() -> Household.of(aged(40, REFERENCE_PERSON, MALE), aged(38, REFERENCE_PERSON, FEMALE)))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("household.referencePerson.multiple"));
	}

	@Test
	void refusesTwoPartners() {
		assertThatThrownBy(() -> Household.of(aged(40, REFERENCE_PERSON, MALE), aged(38, SPOUSE_OR_PARTNER, FEMALE),
				aged(39, SPOUSE_OR_PARTNER, FEMALE)))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("household.partner.multiple"));
	}

	@Test
	void refusesACompositionBeforeAMemberIsBorn() {
		Household household = Household.of(aged(30, REFERENCE_PERSON, FEMALE), aged(0, CHILD, MALE));

		assertThatThrownBy(() -> household.compositionOn(ON.minusYears(1)))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("household.member.bornAfterDate"));
	}

	@Test
	void membersCannotBeChangedFromOutside() {
		Household household = Household.of(aged(30, REFERENCE_PERSON, FEMALE));

		assertThatThrownBy(() -> household.members().add(aged(1, CHILD, MALE)))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThat(household.referencePerson().relationship()).isEqualTo(REFERENCE_PERSON);
		assertThat(household.size()).isEqualTo(1);
	}
}
