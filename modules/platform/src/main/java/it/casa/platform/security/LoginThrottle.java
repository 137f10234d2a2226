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

/**
 * Slows down password guessing on the embedded provider: after {@value #MAX_FAILURES} wrong passwords for an
 * account within {@link #WINDOW}, the account refuses every login (even with the right password) for
 * {@link #LOCK}. Kept in memory: the embedded provider is for a single instance.
 */
final class LoginThrottle implements AuthenticationProvider {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final AuthenticationProvider delegate;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(AuthenticationProvider delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String account = authentication.getName().toLowerCase(Locale.ROOT);
		Instant now = clock.instant();
		Failures current = failures.get(account);
		if (current != null && current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
			throw new LockedException("Too many failed attempts: try again in a few minutes");
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			failures.remove(account);
			return result;
		}
		catch (BadCredentialsException ex) {
			failures.compute(account, (key, previous) -> previous == null || previous.since().plus(WINDOW).isBefore(now)
					? new Failures(1, now, null) : previous.oneMore(now));
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}

	private record Failures(int count, Instant since, Instant lockedUntil) {

		Failures oneMore(Instant now) {
			int count = count() + 1;
			return new Failures(count, since, count >= MAX_FAILURES ? now.plus(LOCK) : null);
		}
	}
}
