package it.casa.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A rate limit per signed-in user on the API: a token bucket of {@code burst} requests refilled at
 * {@code requestsPerSecond}; past it, a 429 problem with {@code Retry-After}. Sized far above what a person
 * clicking through CASA sends (a page is a handful of requests), so it only stops a script or a stolen token
 * hammering the API. Runs after the security filters (it needs the user) and before the tenant filter; requests
 * without a user are left to the login throttle and the 401. Kept per instance: with two instances a user gets
 * twice the rate, which still stops abuse.
 */
final class ApiRateLimit extends OncePerRequestFilter {

	/** Beyond this many users tracked, the full buckets (idle users) are dropped. */
	private static final int PRUNE_ABOVE = 10_000;

	private final Limits limits;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	ApiRateLimit(Limits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * @param requestsPerSecond sustained requests per user and second ({@code CASA_RATE_LIMIT_REQUESTS_PER_SECOND});
	 *        0 turns the limit off
	 * @param burst how many requests a user may send at once before the rate applies
	 */
	@ConfigurationProperties("casa.rate-limit")
	record Limits(@Nullable Integer requestsPerSecond, @Nullable Integer burst) {

		int perSecond() {
			return requestsPerSecond != null ? requestsPerSecond : 50;
		}

		int capacity() {
			return burst != null ? burst : 200;
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return limits.perSecond() <= 0 || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			chain.doFilter(request, response);
			return;
		}
		long now = clock.millis();
		Bucket bucket = buckets.compute(user.getName(), (name, previous) -> (previous == null
				? new Bucket(limits.capacity(), now) : previous.refilled(now, limits)).take());
		if (bucket.tokens() < 0) {
			// Refused requests do not drain the bucket further: the client only has to wait for one token.
			buckets.computeIfPresent(user.getName(), (name, current) -> current.giveBack());
			// One token's worth of waiting, rounded up to whole seconds by the header.
			SecurityProblems.tooManyRequests(response, Duration.ofMillis((long) Math.ceil(1000.0 / limits.perSecond())));
			return;
		}
		if (buckets.size() > PRUNE_ABOVE) {
			buckets.values().removeIf(idle -> idle.refilled(now, limits).tokens() >= limits.capacity());
		}
		chain.doFilter(request, response);
	}

	/** Tokens left (negative: this request was over the limit) and when they were last counted. */
	private record Bucket(double tokens, long countedAt) {

		Bucket refilled(long now, Limits limits) {
			double refill = (now - countedAt) / 1000.0 * limits.perSecond();
			return new Bucket(Math.min(limits.capacity(), tokens + refill), now);
		}

		Bucket take() {
			return new Bucket(tokens - 1, countedAt);
		}

		Bucket giveBack() {
			return new Bucket(tokens + 1, countedAt);
		}
	}
}
