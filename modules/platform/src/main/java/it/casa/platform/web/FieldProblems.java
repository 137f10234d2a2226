package it.casa.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import it.casa.platform.InvalidDataException;

/** Collects a module's rule failures while a request is converted, so that one answer lists every bad field. */
public final class FieldProblems {

	private final List<FieldProblem> problems = new ArrayList<>();

	/** The converted value, or null (and a problem at {@code field}) if a rule refused it. */
	public <T> @Nullable T at(String field, Supplier<T> conversion) {
		try {
			return conversion.get();
		}
		catch (InvalidDataException ex) {
			add(field, ex);
			return null;
		}
	}

	/** Records that a rule refused the value at {@code field}. */
	public void add(String field, InvalidDataException ex) {
		problems.add(new FieldProblem(field, ex.code(), ex.getMessage()));
	}

	/** How many problems so far; compare before and after a block to know whether it failed. */
	public int count() {
		return problems.size();
	}

	public boolean any() {
		return !problems.isEmpty();
	}

	/** @throws InvalidFieldsException listing every problem, if there is any */
	public void throwIfAny() {
		if (any()) {
			throw new InvalidFieldsException(problems);
		}
	}
}
