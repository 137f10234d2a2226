package it.casa.platform.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** A number a version sets (an ISEE ceiling, a number of days), which its criteria use as thresholds. */
public record Parameter(String name, Unit unit, BigDecimal value, Label label) {

	public Parameter {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(label, "label");
	}
}
