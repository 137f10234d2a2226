package it.casa.platform.demo;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo data is invented: the runner never starts in production, whatever other profile is active. */
class DemoDataRunnerTests {

	@Test
	void refusesToStartWithTheProductionProfile() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("demo", "prod");

		assertThatIllegalStateException().isThrownBy(() -> new DemoDataRunner(production, List.of(), null))
			.withMessageContaining("never be loaded in production");
	}
}
