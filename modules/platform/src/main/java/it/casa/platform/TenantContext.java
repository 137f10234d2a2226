package it.casa.platform;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The municipality the current thread works for. Set in exactly one place per request (the platform's
 * tenant filter), per event (the platform's listener advice) and per background job, always in a scope that
 * restores the previous value in {@code finally}: no thread ever carries a tenant beyond its unit of work.
 * <p>
 * Only the platform may open a scope (an architecture test enforces it); function modules only read.
 */
public final class TenantContext {

	private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<TenantId> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** The current municipality, or {@link NoTenantSelectedException} when the work is not bound to one. */
	public static TenantId require() {
		TenantId tenant = CURRENT.get();
		if (tenant == null) {
			throw new NoTenantSelectedException();
		}
		return tenant;
	}

	/** Runs {@code work} as {@code tenant} (or with no tenant when null) and restores the previous tenant. */
	public static <T, E extends Throwable> T callAs(@Nullable TenantId tenant, TenantWork<T, E> work) throws E {
		TenantId previous = CURRENT.get();
		set(tenant);
		try {
			return work.call();
		}
		finally {
			set(previous);
		}
	}

	public static <E extends Throwable> void runAs(@Nullable TenantId tenant, TenantRunnable<E> work) throws E {
		callAs(tenant, () -> {
			work.run();
			return null;
		});
	}

	private static void set(@Nullable TenantId tenant) {
		if (tenant == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(tenant);
		}
	}

	@FunctionalInterface
	public interface TenantWork<T, E extends Throwable> {
		@Nullable T call() throws E;
	}

	@FunctionalInterface
	public interface TenantRunnable<E extends Throwable> {
		void run() throws E;
	}
}
