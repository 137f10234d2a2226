package it.casa.platform.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;

class DistrictDayValidationTests {

	/** 23:30 in UTC on 3 December is 00:30 on 4 December in Rome. */
	static final Clock HALF_PAST_MIDNIGHT_IN_ROME = Clock.fixed(Instant.parse("2026-12-03T23:30:00Z"), ZoneOffset.UTC);

	record Consent(@PastOrPresent LocalDate givenOn) {
	}

	@Test
	void todayIsTheDistrictsDayAlsoWhileUtcIsStillOnTheDayBefore() {
		try (ValidatorFactory factory = factory(new DistrictDayValidation(new DistrictClock(HALF_PAST_MIDNIGHT_IN_ROME)))) {
			Validator validator = factory.getValidator();
			assertThat(validator.validate(new Consent(LocalDate.of(2026, 12, 4)))).isEmpty();
			assertThat(validator.validate(new Consent(LocalDate.of(2026, 12, 5)))).hasSize(1);
		}
	}

	@Test
	void withoutItTheSameDayIsRefusedAsTheFuture() {
		try (ValidatorFactory factory = factory(configuration -> configuration.clockProvider(() -> HALF_PAST_MIDNIGHT_IN_ROME))) {
			assertThat(factory.getValidator().validate(new Consent(LocalDate.of(2026, 12, 4)))).hasSize(1);
		}
	}

	private static ValidatorFactory factory(
			org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer customizer) {
		Configuration<?> configuration = Validation.byDefaultProvider().configure();
		customizer.customize(configuration);
		return configuration.buildValidatorFactory();
	}
}
