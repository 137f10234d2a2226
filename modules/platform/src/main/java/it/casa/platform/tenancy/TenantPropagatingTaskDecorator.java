package it.casa.platform.tenancy;

import org.springframework.core.task.TaskDecorator;

import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

/**
 * Carries the submitting thread's municipality into work run on the application's task executor
 * ({@code @Async} methods). Event listeners do not rely on it: they take the tenant from the event.
 */
final class TenantPropagatingTaskDecorator implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable runnable) {
		TenantId tenant = TenantContext.current().orElse(null);
		return () -> TenantContext.runAs(tenant, runnable::run);
	}
}
