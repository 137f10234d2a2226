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
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));

	LoginThrottle throttle = new LoginThrottle(new PasswordIsSecret(), clock);

	static final String GUESSER = "203.0.113.7";

	static final String COLLEAGUE = "198.51.100.20";

	@Test
	void fiveWrongPasswordsFromOneAddressMakeItWaitEvenWithTheRightPassword() {
		failFiveTimes("operatore.dresano", GUESSER);

		assertThatThrownBy(() -> throttle.authenticate(login("operatore.dresano", "secret", GUESSER)))
			.isInstanceOf(LockedException.class);
		assertThat(throttle.authenticate(login("operatore.melegnano", "secret", GUESSER)).isAuthenticated()).isTrue();
	}

	@Test
	void aGuesserCannotLockAColleagueOutFromAnotherAddress() {
		failFiveTimes("operatore.dresano", GUESSER);

		assertThat(throttle.authenticate(login("operatore.dresano", "secret", COLLEAGUE)).isAuthenticated()).isTrue();
	}

	@Test
	void theWaitEndsAfterItsTime() {
		failFiveTimes("operatore.dresano", GUESSER);
		clock.advance(LoginThrottle.FIRST_DELAY.plusSeconds(1));

		assertThat(throttle.authenticate(login("operatore.dresano", "secret", GUESSER)).isAuthenticated()).isTrue();
	}

	@Test
	void everyFurtherFailureDoublesTheWaitUpToItsCeiling() {
		failFiveTimes("operatore.dresano", GUESSER);
		clock.advance(LoginThrottle.FIRST_DELAY.plusSeconds(1));
		assertThatThrownBy(() -> throttle.authenticate(login("operatore.dresano", "guess", GUESSER)))
			.isInstanceOf(BadCredentialsException.class);

		clock.advance(LoginThrottle.FIRST_DELAY.plusSeconds(1));
		assertThatThrownBy(() -> throttle.authenticate(login("operatore.dresano", "secret", GUESSER)))
			.isInstanceOf(LockedException.class);
		clock.advance(LoginThrottle.FIRST_DELAY);
		assertThat(throttle.authenticate(login("operatore.dresano", "secret", GUESSER)).isAuthenticated()).isTrue();
		assertThat(LoginThrottle.MAX_DELAY).isLessThanOrEqualTo(LoginThrottle.WINDOW);
	}

	@Test
	void failuresSpreadBeyondTheWindowDoNotMakeAnyoneWait() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThatThrownBy(() -> throttle.authenticate(login("operatore.dresano", "guess", GUESSER)));
			clock.advance(LoginThrottle.WINDOW.dividedBy(2));
		}

		assertThat(throttle.authenticate(login("operatore.dresano", "secret", GUESSER)).isAuthenticated()).isTrue();
	}

	private void failFiveTimes(String account, String address) {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThatThrownBy(() -> throttle.authenticate(login(account, "guess", address)))
				.isInstanceOf(BadCredentialsException.class);
		}
	}

	private static Authentication login(String user, String password, String address) {
		UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
		login.setDetails(new WebAuthenticationDetails(address, null));
		return login;
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
