package it.casa.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The household's consent to sharing their data, with the date it was given and what it covers. Case work needs at
 * least {@link ConsentScope#CASE_WORK}.
 */
public record Consent(LocalDate givenOn, Set<ConsentScope> scopes) {

	/**
	 * @throws InvalidCaseDataException {@code consent.caseWork.required} when case work is not covered
	 */
	public Consent {
		Objects.requireNonNull(givenOn, "givenOn");
		scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
		if (!scopes.contains(ConsentScope.CASE_WORK)) {
			throw new InvalidCaseDataException("consent.caseWork.required",
					"Without consent to sharing for case work the agency cannot take the request");
		}
	}

	public boolean covers(ConsentScope scope) {
		return scopes.contains(scope);
	}
}
