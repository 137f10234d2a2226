package it.casa.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.Role;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

class AuditEventFactoryTests {

	static final TenantId MELEGNANO = TenantId.of("melegnano");

	static final CurrentUser AGENCY_OPERATOR = new CurrentUser("agency-7", "Operatrice Agenzia",
			Set.of(Role.AGENCY_OPERATOR), null, null);

	static final CurrentUser MUNICIPAL_OPERATOR = new CurrentUser("municipal-3", "Operatore Comune",
			Set.of(Role.MUNICIPAL_OPERATOR), MELEGNANO, null);

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void withoutIdentityConfiguredTheActorIsTheSystem() {
		AuditEvent event = new AuditEventFactory(noCurrentUsersBean()).describe(AuditAction.READ, "case", "42");

		assertThat(event.actor()).isEqualTo("system");
		assertThat(event.actorRoles()).isEmpty();
		assertThat(event.tenant()).isNull();
		assertThat(event.requestId()).isNull();
	}

	@Test
	void withoutAUserTheActorIsTheSystem() {
		AuditEvent event = factoryFor(null).describe(AuditAction.READ, "case", "42");

		assertThat(event.actor()).isEqualTo("system");
	}

	@Test
	void userAndMunicipalityComeFromThePlatform() {
		AuditEvent event = TenantContext.callAs(MELEGNANO,
				() -> factoryFor(MUNICIPAL_OPERATOR).describe(AuditAction.UPDATE, "case", "42"));

		assertThat(event.actor()).isEqualTo("municipal-3");
		assertThat(event.actorRoles()).containsExactly("MUNICIPAL_OPERATOR");
		assertThat(event.tenant()).isEqualTo("melegnano");
		assertThat(event.action()).isEqualTo(AuditAction.UPDATE);
	}

	@Test
	void agencyStaffInsideAMunicipalityHaveTheirReasonRecorded() {
		inRequest().addHeader("X-Casa-Access-Reason", "Verifica morosità su richiesta del Comune");

		AuditEvent event = TenantContext.callAs(MELEGNANO,
				() -> factoryFor(AGENCY_OPERATOR).describe(AuditAction.READ, "case", "42"));

		assertThat(event.reason()).isEqualTo("Verifica morosità su richiesta del Comune");
	}

	@Test
	void reasonIsNotRecordedForMunicipalStaffNorAtDistrictLevel() {
		inRequest().addHeader("X-Casa-Access-Reason", "any");

		AuditEvent municipal = TenantContext.callAs(MELEGNANO,
				() -> factoryFor(MUNICIPAL_OPERATOR).describe(AuditAction.READ, "case", "42"));
		AuditEvent districtLevel = factoryFor(AGENCY_OPERATOR).describe(AuditAction.READ, "case", "42");

		assertThat(municipal.reason()).isNull();
		assertThat(districtLevel.reason()).isNull();
	}

	@Test
	void reasonLosesControlAndInvisibleCharactersAndIsCutTo200Characters() {
		assertThat(AuditEventFactory.sanitiseReason("line one\r\nline two\u0000\u202Eevil\u200B")).isEqualTo(
				"line oneline twoevil");
		assertThat(AuditEventFactory.sanitiseReason("x".repeat(250))).hasSize(200);
		assertThat(AuditEventFactory.sanitiseReason("😀".repeat(250))).hasSize(400)
			.matches(reason -> reason.codePointCount(0, reason.length()) == 200);
		assertThat(AuditEventFactory.sanitiseReason(" \t\n ")).isNull();
		assertThat(AuditEventFactory.sanitiseReason(null)).isNull();
	}

	@Test
	void requestIdComesFromTheClientWhenItIsAPlainId() {
		inRequest().addHeader("X-Request-Id", "3f2a-77:b.c_d");

		AuditEvent event = factoryFor(null).describe(AuditAction.READ, "case", "42");

		assertThat(event.requestId()).isEqualTo("3f2a-77:b.c_d");
	}

	@Test
	void requestIdIsGeneratedOncePerRequestWhenTheClientSentNoneOrGarbage() {
		MockHttpServletRequest request = inRequest();
		request.addHeader("X-Request-Id", "<script>alert(1)</script>");
		AuditEventFactory factory = factoryFor(null);

		String first = factory.describe(AuditAction.READ, "case", "42").requestId();
		String second = factory.describe(AuditAction.READ, "case", "43").requestId();

		assertThat(first).matches("[0-9a-f-]{36}").isEqualTo(second);
		assertThat(request.getAttribute(AuditEventFactory.REQUEST_ID_ATTRIBUTE)).isEqualTo(first);
	}

	@Test
	void blankOrControlCharacterRecordNamesAreRefused() {
		AuditEventFactory factory = factoryFor(null);

		assertThatThrownBy(() -> factory.describe(AuditAction.READ, " ", "42"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> factory.describe(AuditAction.READ, "case", ""))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> factory.describe(AuditAction.READ, "case", "42\n43"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> factory.describe(AuditAction.READ, "case", "4".repeat(1001)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aFiscalCodeIsNeverAcceptedAsARecordId() {
		AuditEventFactory factory = factoryFor(null);

		assertThatThrownBy(() -> factory.describe(AuditAction.READ, "household", "rssmra80a01f205x"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("personal data")
			.hasMessageNotContaining("rssmra");
		assertThatThrownBy(() -> factory.describe(AuditAction.READ, "household", "RSSMRA80A01F2L5X"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static MockHttpServletRequest inRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/casework/cases/42");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return request;
	}

	private static AuditEventFactory factoryFor(@Nullable CurrentUser user) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("currentUsers", new CurrentUsers() {

			@Override
			public Optional<CurrentUser> current() {
				return Optional.ofNullable(user);
			}

			@Override
			public CurrentUser require() {
				return current().orElseThrow();
			}
		});
		return new AuditEventFactory(beans.getBeanProvider(CurrentUsers.class));
	}

	private static ObjectProvider<CurrentUsers> noCurrentUsersBean() {
		return new DefaultListableBeanFactory().getBeanProvider(CurrentUsers.class);
	}
}
