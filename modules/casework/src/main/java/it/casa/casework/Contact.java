package it.casa.casework;

import java.util.Objects;

/** A phone number or e-mail address of a household. */
public record Contact(ContactKind kind, String value) {

	public Contact {
		Objects.requireNonNull(kind, "kind");
		value = Objects.requireNonNull(value, "value").strip();
	}
}
