package it.casa.casework;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who carries out an action of the project.
 *
 * @param userId the identity provider's id of an operator; required for operators (it is how an autonomy-team
 *        operator is given access to the case), absent for the household or other services
 * @param displayName the name shown, e.g. the operator's name or "Cooperativa Eureka!"
 */
public record ActionOwner(ActionOwnerKind kind, @Nullable String userId, String displayName) {

	/**
	 * @throws InvalidCaseDataException {@code project.action.owner.userIdRequired} for an operator without id
	 */
	public ActionOwner {
		Objects.requireNonNull(kind, "kind");
		displayName = Objects.requireNonNull(displayName, "displayName").strip();
		userId = userId == null || userId.isBlank() ? null : userId.strip();
		boolean operator = kind == ActionOwnerKind.AGENCY_OPERATOR || kind == ActionOwnerKind.MUNICIPAL_OPERATOR
				|| kind == ActionOwnerKind.AUTONOMY_TEAM_OPERATOR;
		if (operator && userId == null) {
			throw new InvalidCaseDataException("project.action.owner.userIdRequired",
					"An action owned by an operator names the operator's user id", Map.of("kind", kind.name()));
		}
	}
}
