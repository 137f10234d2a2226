package it.casa.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import it.casa.casework.InvalidCaseDataException;

/** Collects the module's rule failures while a request is converted, so that one answer lists every bad field. */
final class FieldProblems {

	private final List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();

	/** The converted value, or null (and a problem at {@code field}) if a rule refused it. */
	<T> @Nullable T at(String field, Supplier<T> conversion) {
		try {
			return conversion.get();
		}
		catch (InvalidCaseDataException ex) {
			problems.add(new InvalidFieldsException.FieldProblem(field, ex.code(), ex.getMessage()));
			return null;
		}
	}

	boolean any() {
		return !problems.isEmpty();
	}

	void throwIfAny() {
		if (any()) {
			throw new InvalidFieldsException(problems);
		}
	}
}
