package it.casa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.casa.platform.Relationship;
import it.casa.platform.Sex;

class HouseholdMemberTests {

	private static HouseholdMember bornOn(LocalDate birthDate) {
		return HouseholdMember.of(Relationship.CHILD, birthDate, Sex.FEMALE);
	}

	@ParameterizedTest
	@CsvSource({ "2008-05-10, 2026-05-09, 17", "2008-05-10, 2026-05-10, 18", "2008-05-10, 2026-05-11, 18",
			"2008-05-10, 2008-05-10, 0", "1961-03-01, 2026-02-28, 64", "1961-03-01, 2026-03-01, 65" })
	void countsCompletedYears(LocalDate birthDate, LocalDate date, int age) {
		assertThat(bornOn(birthDate).ageOn(date)).isEqualTo(age);
	}

	@Test
	void personTurning18OnTheReferenceDateIsAdult() {
		HouseholdMember member = bornOn(LocalDate.of(2008, 5, 10));

		assertThat(member.isMinorOn(LocalDate.of(2026, 5, 9))).isTrue();
		assertThat(member.isAdultOn(LocalDate.of(2026, 5, 10))).isTrue();
	}

	@Test
	void personTurning65OnTheReferenceDateIsOver65() {
		HouseholdMember member = bornOn(LocalDate.of(1961, 5, 10));

		assertThat(member.isOver65On(LocalDate.of(2026, 5, 9))).isFalse();
		assertThat(member.isOver65On(LocalDate.of(2026, 5, 10))).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "2026-02-27, 17", "2026-02-28, 18", "2026-03-01, 18", "2028-02-28, 19", "2028-02-29, 20" })
	void leapDayBabyComesOfAgeOnTheLastDayOfFebruaryInANonLeapYear(LocalDate date, int age) {
		assertThat(bornOn(LocalDate.of(2008, 2, 29)).ageOn(date)).isEqualTo(age);
	}

	@Test
	void refusesAnAgeBeforeBirth() {
		assertThatThrownBy(() -> bornOn(LocalDate.of(2026, 5, 10)).ageOn(LocalDate.of(2026, 5, 9)))
			.isInstanceOfSatisfying(InvalidCaseDataException.class,
					e -> assertThat(e.code()).isEqualTo("household.member.bornAfterDate"));
	}

	@Test
	void withDisabilityKeepsTheOtherData() {
		HouseholdMember member = HouseholdMember.of(Relationship.PARENT, LocalDate.of(1950, 1, 1), Sex.MALE);

		assertThat(member.disabled()).isFalse();
		assertThat(member.withDisability())
			.isEqualTo(new HouseholdMember(Relationship.PARENT, LocalDate.of(1950, 1, 1), Sex.MALE, true));
	}
}
