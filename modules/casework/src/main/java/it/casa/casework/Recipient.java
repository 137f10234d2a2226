package it.casa.casework;

import java.util.Objects;
import java.util.Optional;

import it.casa.platform.CurrentUser;
import it.casa.platform.Organisation;
import it.casa.platform.Role;

/**
 * Someone outside the municipality and the agency who would see a household's data: the kind of recipient (the scope
 * the household must have consented to) and who exactly (their organisation's id, or the user where none is named).
 * A partner organisation's people have the one role of its kind, so the role tells the scope.
 */
public record Recipient(ConsentScope scope, String organisation) {

	public Recipient {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(organisation, "organisation");
		if (scope == ConsentScope.CASE_WORK) {
			throw new IllegalArgumentException("The municipality and the agency are not recipients of a consent check");
		}
	}

	/** The organisation as a recipient: the scope of its kind. */
	public static Recipient of(Organisation organisation) {
		return new Recipient(ConsentScope.neededBy(organisation.kind()), organisation.id().value());
	}

	/**
	 * The recipient {@code user} is; empty for the municipality's and the agency's staff. Someone with several roles
	 * counts for the widest one: an autonomy-team operator who is also a municipal operator works as the latter.
	 */
	public static Optional<Recipient> of(CurrentUser user) {
		if (user.has(Role.MUNICIPAL_OPERATOR) || user.has(Role.AGENCY_OPERATOR) || user.has(Role.AGENCY_ADMIN)) {
			return Optional.empty();
		}
		String organisation = user.organisation() == null ? user.userId() : user.organisation().value();
		return user.roles()
			.stream()
			.sorted()
			.map(ConsentScope::neededBy)
			.flatMap(Optional::stream)
			.findFirst()
			.map(scope -> new Recipient(scope, organisation));
	}
}
