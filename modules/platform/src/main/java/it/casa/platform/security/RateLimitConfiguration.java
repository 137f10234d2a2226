package it.casa.platform.security;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiRateLimit.Limits.class)
class RateLimitConfiguration {

	/** After Spring Security's filters (order -100), which name the user; before the tenant filter (order 0). */
	static final int RATE_LIMIT_ORDER = -1;

	@Bean
	FilterRegistrationBean<ApiRateLimit> apiRateLimit(ApiRateLimit.Limits limits) {
		FilterRegistrationBean<ApiRateLimit> registration = new FilterRegistrationBean<>(
				new ApiRateLimit(limits, Clock.systemUTC()));
		registration.setOrder(RATE_LIMIT_ORDER);
		return registration;
	}
}
