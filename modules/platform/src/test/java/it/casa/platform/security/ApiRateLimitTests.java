package it.casa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.FilterChain;

class ApiRateLimitTests {

	LoginThrottleTests.MutableClock clock = new LoginThrottleTests.MutableClock(Instant.parse("2026-12-06T09:00:00Z"));

	ApiRateLimit limit = new ApiRateLimit(new ApiRateLimit.Limits(10, 20), clock);

	AtomicInteger passed = new AtomicInteger();

	FilterChain chain = (request, response) -> passed.incrementAndGet();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aUserPastTheBurstGets429WithRetryAfterAndOthersAreNotAffected() throws Exception {
		signIn("operatore.dresano");
		for (int i = 0; i < 20; i++) {
			assertThat(call("/api/casework/inbox").getStatus()).isEqualTo(200);
		}

		MockHttpServletResponse refused = call("/api/casework/inbox");

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"code\":\"request.rateLimited\"");
		assertThat(passed).hasValue(20);

		signIn("operatore.melegnano");
		assertThat(call("/api/casework/inbox").getStatus()).isEqualTo(200);
	}

	@Test
	void theBucketRefillsAtTheSustainedRate() throws Exception {
		signIn("operatore.dresano");
		for (int i = 0; i < 21; i++) {
			call("/api/casework/inbox");
		}
		clock.advance(Duration.ofMillis(300)); // 3 requests' worth at 10 per second

		List<Integer> statuses = List.of(call("/api/x").getStatus(), call("/api/x").getStatus(),
				call("/api/x").getStatus(), call("/api/x").getStatus());

		assertThat(statuses).containsExactly(200, 200, 200, 429);
	}

	@Test
	void requestsWithoutAUserAndPagesOutsideTheApiAreNotCounted() throws Exception {
		for (int i = 0; i < 50; i++) {
			assertThat(call("/api/platform/me").getStatus()).isEqualTo(200);
		}
		signIn("operatore.dresano");
		for (int i = 0; i < 50; i++) {
			assertThat(call("/assets/app.js").getStatus()).isEqualTo(200);
		}
		assertThat(passed).hasValue(100);
	}

	private void signIn(String user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
	}

	private MockHttpServletResponse call(String path) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		limit.doFilter(new MockHttpServletRequest("GET", path), response, chain);
		return response;
	}
}
