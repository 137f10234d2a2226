package it.casa.platform.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import it.casa.platform.AuditTrail;
import it.casa.platform.CurrentUsers;
import tools.jackson.databind.JacksonModule;

/**
 * The bad-input policy of ADR 0028, once for every module: the JSON reading of texts and dates, the conversion of
 * query parameters and path variables, the request filter (body size, control characters in parameters) and the
 * audit of refused attempts at records.
 */
@Configuration(proxyBeanMethods = false)
class PlausibleInputConfiguration implements WebMvcConfigurer {

	/** Right after character encoding, before security: an oversized body is refused before anything reads it. */
	static final int REQUEST_INPUT_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	private final ObjectProvider<AuditTrail> audit;

	private final ObjectProvider<CurrentUsers> users;

	private final DeniedAccessWindows deniedWindows;

	PlausibleInputConfiguration(ObjectProvider<AuditTrail> audit, ObjectProvider<CurrentUsers> users,
			ObjectProvider<Clock> clock, @Value("${casa.audit.denied-access-window:15m}") Duration deniedWindow) {
		this.audit = audit;
		this.users = users;
		this.deniedWindows = new DeniedAccessWindows(deniedWindow, clock.getIfAvailable(Clock::systemUTC));
	}

	/** Boot registers every {@link JacksonModule} bean with the application's JSON mapper. */
	@Bean
	JacksonModule plausibleInputModule() {
		return new PlausibleInputModule();
	}

	/** {@code casa.web.max-body-size}: 1 MB by default, far above any form of CASA (a case is a few KB). */
	@Bean
	FilterRegistrationBean<RequestInputFilter> requestInputFilter(
			@Value("${casa.web.max-body-size:1MB}") DataSize maxBodySize) {
		var registration = new FilterRegistrationBean<>(new RequestInputFilter(maxBodySize.toBytes()));
		registration.setOrder(REQUEST_INPUT_FILTER_ORDER);
		return registration;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new PlausibleDateConverter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new DeniedAccessRecorder(audit, users, deniedWindows)).addPathPatterns("/api/**");
	}
}
