package it.casa.platform;

import java.time.Duration;

/**
 * The platform is past its capacity right now and did not do the work: answered 503 with {@code Retry-After}
 * (docs/adr/0017). Nothing was saved, so the client may simply try again.
 */
public class ServiceBusyException extends RuntimeException {

	private final Duration retryAfter;

	public ServiceBusyException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
