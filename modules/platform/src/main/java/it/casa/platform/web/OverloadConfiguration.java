package it.casa.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class OverloadConfiguration {

	@Bean
	FilterRegistrationBean<Overload.Filter> overloadFilter() {
		FilterRegistrationBean<Overload.Filter> registration = new FilterRegistrationBean<>(new Overload.Filter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	Overload.Advice overloadAdvice() {
		return new Overload.Advice();
	}
}
