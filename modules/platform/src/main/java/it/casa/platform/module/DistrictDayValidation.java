package it.casa.platform.module;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;

import jakarta.validation.Configuration;

/**
 * Bean Validation's {@code @PastOrPresent} and {@code @FutureOrPresent} compare with the district's day. By default
 * they read the JVM's zone (UTC on the servers), so between midnight in Rome and midnight UTC a consent given "today"
 * was refused as given in the future, while the services, which read {@link DistrictClock}, accepted it.
 */
final class DistrictDayValidation implements ValidationConfigurationCustomizer {

	private final DistrictClock clock;

	DistrictDayValidation(DistrictClock clock) {
		this.clock = clock;
	}

	@Override
	public void customize(Configuration<?> configuration) {
		configuration.clockProvider(clock::inDistrictZone);
	}
}
