package it.casa.platform.security;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

import it.casa.platform.Organisation;
import it.casa.platform.OrganisationId;
import it.casa.platform.TenantId;
import it.casa.platform.organisation.OrganisationRegistry;
import it.casa.platform.tenancy.RequestTenantResolver;

/**
 * What the three filter chains share: the principals and their tenant, method security, the embedded provider (when
 * no external one is configured) and the headers every response carries. The chains themselves are in
 * {@link EmbeddedAuthorizationServerConfiguration} (order 1), {@link ApiSecurityConfiguration} (order 2) and
 * {@link BrowserSecurityConfiguration} (order 3).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

	@Bean
	CasaPrincipals casaPrincipals(SecurityProperties properties) {
		return new CasaPrincipals(properties.claims());
	}

	@Bean
	SystemUserWork backgroundWork(SecurityProperties properties) {
		return new SystemUserWork(properties.claims());
	}

	@Bean
	RequestTenantResolver userTenantResolver(CasaPrincipals principals) {
		return new UserTenantResolver(principals);
	}

	@Bean
	@Nullable
	EmbeddedIdentityProvider embeddedIdentityProvider(SecurityProperties properties, Environment environment) {
		return properties.externalProvider() ? null : new EmbeddedIdentityProvider(properties, environment);
	}

	/**
	 * The demo's partner organisations exist before anyone signs in (valid from this year's first day for three
	 * years, unless they exist already), and the demo accounts can be named as colleagues before they first sign in.
	 */
	@Bean
	// Before the demo data (DemoDataRunner, unordered): a module's demo data files records of these organisations.
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ApplicationRunner demoOrganisationsAndAccounts(SecurityProperties properties, OrganisationRegistry organisations,
			StaffDirectory staff) {
		return arguments -> {
			if (properties.externalProvider()) {
				return;
			}
			LocalDate today = organisations.today();
			for (SecurityProperties.DemoOrganisation organisation : properties.embeddedIdp().organisations()) {
				organisations.registerIfAbsent(new Organisation(OrganisationId.of(organisation.id()),
						organisation.name(), organisation.kind(), today.withDayOfYear(1),
						today.plusYears(2).withMonth(12).withDayOfMonth(31), false));
			}
			for (SecurityProperties.DemoAccount account : properties.embeddedIdp().accounts()) {
				staff.known(account.username(), account.name(), Set.copyOf(account.roles()),
						account.tenant() == null ? null : TenantId.of(account.tenant()),
						account.organisation() == null ? null : OrganisationId.of(account.organisation()));
			}
		};
	}
}
