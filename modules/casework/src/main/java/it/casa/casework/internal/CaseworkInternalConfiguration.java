package it.casa.casework.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Casework's own settings. Method security is switched on here too because the module's API relies on it
 * ({@code @PreAuthorize} on every service method); declaring it again elsewhere is harmless.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseworkProperties.class)
@EnableMethodSecurity
class CaseworkInternalConfiguration {
}
