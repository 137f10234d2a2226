package it.casa.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows down password guessing on the embedded provider without letting anyone lock a colleague out (OWASP's
 * advice): failures are counted per account <em>and</em> source address. After {@value #MAX_FAILURES} wrong passwords
 * within {@link #WINDOW} from one address, that address must wait before it may try the account again (even with the
 * right password): {@link #FIRST_DELAY}, doubling with every further failure up to {@link #MAX_DELAY}. The same
 * account from another address (its owner at her desk) is not affected.
 * <p>
 * The address is the one Tomcat reports: behind a proxy, only addresses forwarded by proxies it trusts
 * ({@code server.forward-headers-strategy}, {@code server.tomcat.remoteip.internal-proxies}) count, so a client
 * cannot pick a fresh address per attempt with a header. Kept in memory: the embedded provider serves a single
 * instance (it refuses the prod profile); production's provider brings its own protection.
 */
final class LoginThrottle implements AuthenticationProvider {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration FIRST_DELAY = Duration.ofMinutes(1);

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	/** Beyond this many tracked pairs, the expired ones are dropped, so guessing from many addresses cannot fill memory. */
	private static final int PRUNE_ABOVE = 10_000;

	private final AuthenticationProvider delegate;

	private final Clock clock;

	private final Map<Attempts, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(AuthenticationProvider delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Attempts attempts = new Attempts(authentication.getName().toLowerCase(Locale.ROOT), sourceOf(authentication));
		Instant now = clock.instant();
		Failures current = failures.get(attempts);
		if (current != null && current.waitUntil() != null && now.isBefore(current.waitUntil())) {
			throw new LockedException("Too many failed attempts: try again in a few minutes");
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			failures.remove(attempts);
			return result;
		}
		catch (BadCredentialsException ex) {
			failures.compute(attempts, (key, previous) -> previous == null || previous.since().plus(WINDOW).isBefore(now)
					&& (previous.waitUntil() == null || previous.waitUntil().isBefore(now))
							? new Failures(1, now, null) : previous.oneMore(now));
			if (failures.size() > PRUNE_ABOVE) {
				failures.values().removeIf(failure -> failure.expired(now));
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}

	private static String sourceOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
				? details.getRemoteAddress() : "unknown";
	}

	private record Attempts(String account, String source) {
	}

	private record Failures(int count, Instant since, Instant waitUntil) {

		Failures oneMore(Instant now) {
			int count = count() + 1;
			if (count < MAX_FAILURES) {
				return new Failures(count, since, null);
			}
			long doublings = Math.min(count - MAX_FAILURES, 10);
			Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
			return new Failures(count, since, now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
		}

		boolean expired(Instant now) {
			return since.plus(WINDOW).isBefore(now) && (waitUntil == null || waitUntil.isBefore(now));
		}
	}
}
