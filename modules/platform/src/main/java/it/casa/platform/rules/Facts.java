package it.casa.platform.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The facts of one record a rule set is evaluated on: yes/no values, numbers and choices, by the names the rule set
 * declares. A fact left out is unknown: criteria on it are neither met nor not met, and the evaluation says which
 * facts it lacked.
 */
public final class Facts {

	private final Map<String, Object> values;

	private Facts(Map<String, Object> values) {
		this.values = values;
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Facts as a client sent them (JSON): numbers of any type, booleans and texts; nulls are unknown facts.
	 *
	 * @throws InvalidFactsException for a value of another type (a list, an object)
	 */
	public static Facts of(Map<String, ?> values) {
		Builder builder = builder();
		values.forEach((name, value) -> {
			if (value == null) {
				return;
			}
			if (value instanceof Boolean flag) {
				builder.flag(name, flag);
			}
			else if (value instanceof BigDecimal number) {
				builder.number(name, number);
			}
			else if (value instanceof Number number) {
				builder.number(name, new BigDecimal(number.toString()));
			}
			else if (value instanceof String text) {
				builder.choice(name, text);
			}
			else {
				throw new InvalidFactsException("rules.fact.type", "Fact " + name + " must be a number, true/false or a text",
						Map.of("fact", name));
			}
		});
		return builder.build();
	}

	/** The fact's value (a {@link Boolean}, a {@link BigDecimal} or a {@link String}), or null when unknown. */
	public @Nullable Object get(String name) {
		return values.get(name);
	}

	public Map<String, Object> asMap() {
		return values;
	}

	@Override
	public String toString() {
		// Facts may describe a household: never print their values.
		return "Facts" + values.keySet();
	}

	public static final class Builder {

		private final Map<String, Object> values = new HashMap<>();

		private Builder() {
		}

		public Builder flag(String name, @Nullable Boolean value) {
			return put(name, value);
		}

		public Builder number(String name, @Nullable BigDecimal value) {
			return put(name, value);
		}

		public Builder number(String name, long value) {
			return put(name, BigDecimal.valueOf(value));
		}

		public Builder choice(String name, @Nullable String value) {
			return put(name, value);
		}

		public Builder choice(String name, @Nullable Enum<?> value) {
			return put(name, value == null ? null : value.name());
		}

		private Builder put(String name, @Nullable Object value) {
			Objects.requireNonNull(name, "name");
			if (value == null) {
				values.remove(name);
			}
			else {
				values.put(name, value);
			}
			return this;
		}

		public Facts build() {
			return new Facts(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
		}
	}
}
