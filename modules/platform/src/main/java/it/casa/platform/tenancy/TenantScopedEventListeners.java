package it.casa.platform.tenancy;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.context.event.EventListener;

import it.casa.platform.TenantContext;
import it.casa.platform.TenantScopedEvent;

/**
 * Runs every event listener that receives a {@link TenantScopedEvent} in the event's municipality, before its
 * transaction opens (so the transaction's connection is bound to that municipality's schema and role).
 * <p>
 * Taking the tenant from the event rather than from the publishing thread is what makes it right in every case:
 * asynchronous listeners ({@code @ApplicationModuleListener}) on executor threads, and events the registry
 * republishes after a restart with no request at all.
 */
final class TenantScopedEventListeners extends StaticMethodMatcherPointcutAdvisor {

	TenantScopedEventListeners() {
		setAdvice((MethodInterceptor) TenantScopedEventListeners::invokeInEventTenant);
		// Outside the transaction interceptor, inside the async one (which Spring always puts first).
		setOrder(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	public boolean matches(java.lang.reflect.Method method, Class<?> targetClass) {
		return AnnotatedElementUtils.hasAnnotation(method, EventListener.class) && method.getParameterCount() >= 1
				&& TenantScopedEvent.class.isAssignableFrom(method.getParameterTypes()[0]);
	}

	private static Object invokeInEventTenant(MethodInvocation invocation) throws Throwable {
		Object event = invocation.getArguments()[0];
		if (!(event instanceof TenantScopedEvent scoped)) {
			return invocation.proceed();
		}
		return TenantContext.callAs(scoped.tenant(), invocation::proceed);
	}
}
