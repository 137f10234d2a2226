package it.casa.casework.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Casework's own settings ({@code casa.casework.*}). Method security is switched on by the platform. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseworkProperties.class)
class CaseworkInternalConfiguration {
}
