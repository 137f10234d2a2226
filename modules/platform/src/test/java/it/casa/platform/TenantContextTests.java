package it.casa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantContextTests {

	static final TenantId MELEGNANO = TenantId.of("melegnano");

	static final TenantId DRESANO = TenantId.of("dresano");

	@Test
	void scopeIsClearedEvenWhenTheWorkFails() {
		assertThatThrownBy(() -> TenantContext.runAs(MELEGNANO, () -> {
			throw new IllegalStateException("boom");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(TenantContext.current()).isEmpty();
	}

	@Test
	void nestedScopeRestoresTheOuterTenant() {
		TenantContext.runAs(MELEGNANO, () -> {
			TenantContext.runAs(DRESANO, () -> assertThat(TenantContext.require()).isEqualTo(DRESANO));
			assertThat(TenantContext.require()).isEqualTo(MELEGNANO);
		});
		assertThat(TenantContext.current()).isEmpty();
	}

	@Test
	void requireWithoutATenantExplainsWhatIsMissing() {
		assertThatThrownBy(TenantContext::require).isInstanceOf(NoTenantSelectedException.class)
			.hasMessageContaining("municipality");
	}

	@Test
	void malformedTenantIdsAreRefused() {
		assertThat(TenantId.isWellFormed("san-giuliano-milanese")).isTrue();
		assertThat(TenantId.isWellFormed("San Giuliano")).isFalse();
		assertThat(TenantId.isWellFormed("x'; drop")).isFalse();
		assertThatThrownBy(() -> TenantId.of("-melegnano")).isInstanceOf(IllegalArgumentException.class);
	}
}
