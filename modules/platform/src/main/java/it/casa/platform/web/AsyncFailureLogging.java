package it.casa.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Failures of asynchronous work (event listeners included) are logged by type, listener and stack only: Spring's
 * default handler logs the exception message, which may carry personal data. The event registry keeps the
 * publication incomplete, so the work is retried, not lost.
 */
@Configuration(proxyBeanMethods = false)
class AsyncFailureLogging implements AsyncConfigurer {

	private static final Logger log = LoggerFactory.getLogger(AsyncFailureLogging.class);

	@Override
	public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
		return (failure, method, parameters) -> log.error("Asynchronous {}.{} failed: {}",
				method.getDeclaringClass().getSimpleName(), method.getName(), SafeThrowable.describe(failure));
	}
}
