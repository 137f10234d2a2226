package it.casa.platform.rules;

import java.util.List;
import java.util.Objects;

/**
 * A fact a rule set's criteria may test, supplied by the module that evaluates it.
 *
 * @param type what kind of value it takes
 * @param unit for numbers, what they count ({@link Unit#NONE} otherwise)
 * @param values for choices, the allowed values (empty otherwise)
 */
public record FactDefinition(String name, Type type, Unit unit, List<String> values, Label label) {

	public FactDefinition {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(unit, "unit");
		values = List.copyOf(values);
		Objects.requireNonNull(label, "label");
	}

	public enum Type {
		BOOLEAN, NUMBER, CHOICE
	}
}
