package it.casa.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.casa.platform.Relationship;
import it.casa.platform.Sex;

/** The rules of the intake's values: what is required, what is refused, and why. */
class IntakeRulesTests {

	/** An invented person's fiscal code (Melegnano's cadastral code), born 14 March 1988, female. */
	static final String CODE = "LBRGDI88C54F100I";

	@Test
	void onlyInstitutionsAreNamedNeverACitizen() {
		assertThat(new ReportingEntity(ReportingEntityKind.CARABINIERI, "  Melegnano ").name()).isEqualTo("Melegnano");
		assertThat(new ReportingEntity(ReportingEntityKind.CITIZEN, "  ").name()).isNull();
		assertThatThrownBy(() -> new ReportingEntity(ReportingEntityKind.CITIZEN, "Mario Rossi"))
			.isInstanceOfSatisfying(InvalidEmergencyDataException.class,
					ex -> assertThat(ex.code()).isEqualTo("reportingEntity.name.notAllowed"));
		assertThatThrownBy(() -> new ReportingEntity(ReportingEntityKind.NOT_RECORDED, "Opera"))
			.isInstanceOfSatisfying(InvalidEmergencyDataException.class,
					ex -> assertThat(ex.code()).isEqualTo("reportingEntity.name.notAllowed"));
		assertThatThrownBy(() -> new ReportingEntity(ReportingEntityKind.HOSPITAL, "x".repeat(101)))
			.isInstanceOfSatisfying(InvalidEmergencyDataException.class,
					ex -> assertThat(ex.code()).isEqualTo("reportingEntity.name.tooLong"));
	}

	@Test
	void otherProblemNeedsADescriptionTheListedOnesDoNot() {
		assertThat(Problem.of(ProblemType.HOUSE_FIRE).description()).isNull();
		assertThat(new Problem(ProblemType.OTHER, " Gas leak ").description()).isEqualTo("Gas leak");
		assertThatThrownBy(() -> new Problem(ProblemType.OTHER, " "))
			.isInstanceOfSatisfying(InvalidEmergencyDataException.class,
					ex -> assertThat(ex.code()).isEqualTo("problem.description.required"));
	}

	@Test
	void peopleAreCountedConsistently() {
		assertThat(PeopleInvolved.count(4, 2, false).minorsInvolved()).isTrue();
		assertThat(code(() -> PeopleInvolved.count(0, 0, false))).isEqualTo("people.count.invalid");
		assertThat(code(() -> PeopleInvolved.count(100, 0, false))).isEqualTo("people.count.invalid");
		assertThat(code(() -> PeopleInvolved.count(2, 3, false))).isEqualTo("people.minors.invalid");
		InvolvedPerson someone = new InvolvedPerson(null, null, null, null, null, Relationship.REFERENCE_PERSON);
		assertThat(code(() -> new PeopleInvolved(1, 0, false, List.of(someone, someone), null)))
			.isEqualTo("people.persons.moreThanCount");
		assertThat(code(() -> new PeopleInvolved(2, 0, false, List.of(someone, someone), null)))
			.isEqualTo("people.referencePerson.multiple");
		assertThat(code(() -> new PeopleInvolved(1, 0, false, List.of(), "call me"))).isEqualTo("people.contactPhone.format");
		assertThat(new PeopleInvolved(1, 0, false, List.of(), " +39 02 000 0000 ").contactPhone()).isEqualTo("+39 02 000 0000");
	}

	@Test
	void fiscalCodeIsCheckedAndMustAgreeWithBirthDateAndSex() {
		InvolvedPerson person = new InvolvedPerson("Giada", "Alberetti", "lbrgdi 88c54 f100i", LocalDate.of(1988, 3, 14),
				Sex.FEMALE, Relationship.REFERENCE_PERSON);
		assertThat(person.fiscalCode()).isEqualTo(CODE);
		assertThat(person.missingForHandOver()).isEmpty();
		assertThat(code(() -> new InvolvedPerson(null, null, "LBRGDI88C54F100A", null, null, null)))
			.isEqualTo("fiscalCode.checksum");
		assertThat(code(() -> new InvolvedPerson(null, null, "LBRGDI88C5", null, null, null))).isEqualTo("fiscalCode.length");
		assertThat(code(() -> new InvolvedPerson(null, null, CODE, LocalDate.of(1988, 3, 15), null, null)))
			.isEqualTo("person.fiscalCode.inconsistent");
		assertThat(code(() -> new InvolvedPerson(null, null, CODE, null, Sex.MALE, null)))
			.isEqualTo("person.fiscalCode.inconsistent");
		// a code alone is fine at intake: the rest is completed later
		assertThat(new InvolvedPerson(null, null, CODE, null, null, null).missingForHandOver())
			.containsExactly("givenName", "familyName", "birthDate", "sex", "role");
	}

	@Test
	void measureCostIsInEuroAndCents() {
		assertThat(new ImmediateMeasure(MeasureKind.HOTEL, "Hotel Lambro", null, new BigDecimal("85.50"), null, null).cost())
			.isEqualByComparingTo("85.5");
		assertThat(code(() -> new ImmediateMeasure(MeasureKind.HOTEL, null, null, new BigDecimal("-1"), null, null)))
			.isEqualTo("measure.cost.invalid");
		assertThat(code(() -> new ImmediateMeasure(MeasureKind.HOTEL, null, null, new BigDecimal("1.001"), null, null)))
			.isEqualTo("measure.cost.invalid");
	}

	@Test
	void handOverNeedsConsentClosingWithoutItNeedsAReason() {
		assertThat(Closure.handOver(LocalDate.of(2026, 11, 20)).handOver()).isTrue();
		assertThat(code(() -> new Closure(true, null, null))).isEqualTo("closure.consent.required");
		assertThat(code(() -> new Closure(false, LocalDate.of(2026, 11, 20), "x"))).isEqualTo("closure.consent.notApplicable");
		assertThat(code(() -> new Closure(false, null, " "))).isEqualTo("closure.note.required");
	}

	private static String code(Runnable rule) {
		try {
			rule.run();
		}
		catch (InvalidEmergencyDataException ex) {
			return ex.code();
		}
		throw new AssertionError("The rule accepted the value");
	}
}
