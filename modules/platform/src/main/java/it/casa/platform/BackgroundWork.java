package it.casa.platform;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Work that no request asked for (start-up jobs, the demo data loader) done as a named system user, in a
 * municipality or in the district. The user goes through the same security checks as a person with the same roles:
 * the modules' {@code @PreAuthorize} rules and {@link CurrentUsers} see them as if they had logged in.
 * <p>
 * Never use it to widen what a request may do: a request already has its user and municipality.
 */
public interface BackgroundWork {

	/**
	 * Runs {@code work} as {@code user} in {@code municipality} (the district when null), restoring the thread's
	 * previous user and municipality afterwards.
	 *
	 * @throws UnknownTenantException if the municipality is not an enabled one
	 */
	<T> T callAs(@Nullable TenantId municipality, CurrentUser user, Supplier<T> work);

	default void runAs(@Nullable TenantId municipality, CurrentUser user, Runnable work) {
		callAs(municipality, user, () -> {
			work.run();
			return null;
		});
	}
}
