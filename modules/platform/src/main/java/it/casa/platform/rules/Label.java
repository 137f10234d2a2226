package it.casa.platform.rules;

import java.util.Objects;

/** A text an administrator reads, in Italian (first) and English. */
public record Label(String it, String en) {

	public Label {
		Objects.requireNonNull(it, "it");
		Objects.requireNonNull(en, "en");
	}
}
