package it.casa.platform;

import java.util.Optional;

/** Who is calling. Modules inject it rather than reading Spring Security's context themselves. */
public interface CurrentUsers {

	/** The authenticated user, or empty for work with no user (event listeners, start-up jobs). */
	Optional<CurrentUser> current();

	/** The authenticated user, or an access-denied failure. */
	CurrentUser require();
}
