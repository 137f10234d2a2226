package it.casa.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A consent as the household signed it: the scopes, the day and, if the form says so, the last day it holds.
 *
 * @param validUntil the last day it holds (inclusive); null for the default length from {@code givenOn}
 */
public record ConsentGiven(LocalDate givenOn, @Nullable LocalDate validUntil, Set<ConsentScope> scopes) {

	/**
	 * @throws InvalidCaseDataException {@code consent.scopes.required} without scopes, {@code consent.validUntil.beforeGiven}
	 *         when it would end before it was given
	 */
	public ConsentGiven {
		Objects.requireNonNull(givenOn, "givenOn");
		if (scopes.isEmpty()) {
			throw new InvalidCaseDataException("consent.scopes.required", "Name at least one scope of the consent");
		}
		scopes = Set.copyOf(EnumSet.copyOf(scopes));
		if (validUntil != null && validUntil.isBefore(givenOn)) {
			throw new InvalidCaseDataException("consent.validUntil.beforeGiven",
					"A consent cannot end before the day it was given");
		}
	}
}
