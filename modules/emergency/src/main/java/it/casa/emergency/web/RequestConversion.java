package it.casa.emergency.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import it.casa.emergency.Closure;
import it.casa.emergency.ImmediateMeasure;
import it.casa.emergency.IntakeCorrection;
import it.casa.emergency.InvalidEmergencyDataException;
import it.casa.emergency.InvolvedPerson;
import it.casa.emergency.NewEmergency;
import it.casa.emergency.PeopleInvolved;
import it.casa.emergency.Problem;
import it.casa.emergency.ReportingEntity;
import it.casa.emergency.web.Requests.EmergencyClosureRequest;
import it.casa.emergency.web.Requests.IntakeCorrectionRequest;
import it.casa.emergency.web.Requests.IntakeRequest;
import it.casa.emergency.web.Requests.MeasureRequest;
import it.casa.emergency.web.Requests.PeopleUpdateRequest;
import it.casa.emergency.web.Requests.PersonRequest;
import it.casa.emergency.web.Requests.ProblemRequest;
import it.casa.emergency.web.Requests.ReportingEntityRequest;

/** Turns validated request bodies into the module's types, naming the field of every rule that fails. */
final class RequestConversion {

	/** Which field of a people block each rule concerns. */
	private static final Map<String, String> PEOPLE_FIELDS = Map.of("people.count", "count", "people.minors", "minors",
			"people.persons", "persons", "people.referencePerson", "persons", "people.contactPhone", "contactPhone");

	private RequestConversion() {
	}

	static NewEmergency intake(IntakeRequest request) {
		Problems problems = new Problems();
		ReportingEntity entity = reportingEntity(problems, "reportingEntity", request.reportingEntity());
		Problem problem = problem(problems, "problem", request.problem());
		var people = request.people();
		PeopleInvolved involved = people(problems, "people.", people.count(), people.minors(), people.fragileMembers(),
				people.persons(), people.contactPhone());
		problems.throwIfAny();
		return new NewEmergency(request.calledAt(), Objects.requireNonNull(entity), Objects.requireNonNull(problem),
				request.place(), Objects.requireNonNull(involved));
	}

	static IntakeCorrection correction(IntakeCorrectionRequest request) {
		Problems problems = new Problems();
		ReportingEntity entity = reportingEntity(problems, "reportingEntity", request.reportingEntity());
		Problem problem = problem(problems, "problem", request.problem());
		problems.throwIfAny();
		return new IntakeCorrection(Objects.requireNonNull(entity), Objects.requireNonNull(problem), request.place());
	}

	static PeopleInvolved people(PeopleUpdateRequest request) {
		Problems problems = new Problems();
		PeopleInvolved people = people(problems, "", request.count(), request.minors(), request.fragileMembers(),
				request.persons(), request.contactPhone());
		problems.throwIfAny();
		return Objects.requireNonNull(people);
	}

	static ImmediateMeasure measure(MeasureRequest request) {
		Problems problems = new Problems();
		ImmediateMeasure measure = problems.at("cost", () -> new ImmediateMeasure(request.kind(), request.placeName(),
				request.arrangedBy(), request.cost(), request.until(), request.offerReference()));
		problems.throwIfAny();
		return Objects.requireNonNull(measure);
	}

	static Closure closure(EmergencyClosureRequest request) {
		try {
			return new Closure(request.handOver(), request.consentGivenOn(), request.note());
		}
		catch (InvalidEmergencyDataException ex) {
			String field = ex.code().startsWith("closure.consent") ? "consentGivenOn" : "note";
			throw new InvalidFieldsException(List.of(new InvalidFieldsException.FieldProblem(field, ex.code(), ex.getMessage())));
		}
	}

	private static @Nullable ReportingEntity reportingEntity(Problems problems, String path, ReportingEntityRequest request) {
		return problems.at(path + ".name", () -> new ReportingEntity(request.kind(), request.name()));
	}

	private static @Nullable Problem problem(Problems problems, String path, ProblemRequest request) {
		return problems.at(path + ".description", () -> new Problem(request.type(), request.description()));
	}

	private static @Nullable PeopleInvolved people(Problems problems, String prefix, Integer count,
			@Nullable Integer minors, @Nullable Boolean fragileMembers, @Nullable List<PersonRequest> persons,
			@Nullable String contactPhone) {
		List<InvolvedPerson> converted = new ArrayList<>();
		List<PersonRequest> given = persons == null ? List.of() : persons;
		int before = problems.count();
		for (int i = 0; i < given.size(); i++) {
			PersonRequest person = given.get(i);
			InvolvedPerson result = problems.at(prefix + "persons[" + i + "].fiscalCode",
					() -> new InvolvedPerson(person.givenName(), person.familyName(), person.fiscalCode(),
							person.birthDate(), person.sex(), person.role()));
			if (result != null) {
				converted.add(result);
			}
		}
		if (problems.count() > before) {
			return null;
		}
		try {
			return new PeopleInvolved(count, minors == null ? 0 : minors, Boolean.TRUE.equals(fragileMembers), converted,
					contactPhone);
		}
		catch (InvalidEmergencyDataException ex) {
			String field = PEOPLE_FIELDS.entrySet()
				.stream()
				.filter(entry -> ex.code().startsWith(entry.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse("count");
			problems.add(prefix + field, ex);
			return null;
		}
	}

	/** Collects the module's rule failures while a request is converted, so that one answer lists every bad field. */
	private static final class Problems {

		private final List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();

		<T> @Nullable T at(String field, Supplier<T> conversion) {
			try {
				return conversion.get();
			}
			catch (InvalidEmergencyDataException ex) {
				add(field, ex);
				return null;
			}
		}

		void add(String field, InvalidEmergencyDataException ex) {
			problems.add(new InvalidFieldsException.FieldProblem(field, ex.code(), ex.getMessage()));
		}

		int count() {
			return problems.size();
		}

		void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidFieldsException(problems);
			}
		}
	}
}
