package it.casa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class LoginThrottleTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));

	LoginThrottle throttle = new LoginThrottle(new PasswordIsSecret(), clock);

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThatThrownBy(() -> throttle.authenticate(login("operatore.dresano", "guess"))).isInstanceOf(BadCredentialsException.class);
		}

		assertThatThrownBy(() -> throttle.authenticate(login("operatore.dresano", "secret"))).isInstanceOf(LockedException.class);
		assertThat(throttle.authenticate(login("operatore.melegnano", "secret")).isAuthenticated()).isTrue();
	}

	@Test
	void lockExpiresAfterItsTime() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThatThrownBy(() -> throttle.authenticate(login("operatore.dresano", "guess")));
		}
		clock.advance(LoginThrottle.LOCK.plusSeconds(1));

		assertThat(throttle.authenticate(login("operatore.dresano", "secret")).isAuthenticated()).isTrue();
	}

	@Test
	void failuresSpreadBeyondTheWindowDoNotLock() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThatThrownBy(() -> throttle.authenticate(login("operatore.dresano", "guess")));
			clock.advance(LoginThrottle.WINDOW.dividedBy(2));
		}

		assertThat(throttle.authenticate(login("operatore.dresano", "secret")).isAuthenticated()).isTrue();
	}

	private static Authentication login(String user, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
	}

	static final class PasswordIsSecret implements AuthenticationProvider {

		@Override
		public Authentication authenticate(Authentication authentication) {
			if (!"secret".equals(authentication.getCredentials())) {
				throw new BadCredentialsException("Bad credentials");
			}
			return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, java.util.List.of());
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
