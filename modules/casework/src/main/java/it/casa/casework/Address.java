package it.casa.casework;

import java.util.Objects;

/** An address of a household. */
public record Address(AddressKind kind, String street, String postalCode, String town) {

	public Address {
		Objects.requireNonNull(kind, "kind");
		street = Objects.requireNonNull(street, "street").strip();
		postalCode = Objects.requireNonNull(postalCode, "postalCode").strip();
		town = Objects.requireNonNull(town, "town").strip();
	}
}
