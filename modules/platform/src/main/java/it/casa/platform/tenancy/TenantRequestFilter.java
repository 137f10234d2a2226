package it.casa.platform.tenancy;

import java.io.IOException;
import java.util.Optional;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import it.casa.platform.Tenant;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.UnknownTenantException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place where a request gets its municipality. It runs after authentication, asks the
 * {@link RequestTenantResolver} which municipality the request may act in, checks that it exists, is enabled and
 * uses the module addressed by the path ({@code /api/<module>/...}), and runs the rest of the request in it.
 * Anything else is a 404 problem: an unknown, disabled or foreign municipality looks the same from outside.
 */
final class TenantRequestFilter extends OncePerRequestFilter {

	private final RequestTenantResolver resolver;

	private final TenantRegistry registry;

	private final TenantProvisioning provisioning;

	private final HandlerExceptionResolver exceptionResolver;

	TenantRequestFilter(RequestTenantResolver resolver, TenantRegistry registry, TenantProvisioning provisioning,
			HandlerExceptionResolver exceptionResolver) {
		this.resolver = resolver;
		this.registry = registry;
		this.provisioning = provisioning;
		this.exceptionResolver = exceptionResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Tenant tenant;
		try {
			Optional<String> requested = resolver.tenantFor(request);
			tenant = requested.isEmpty() ? null : activeMunicipality(requested.get());
			if (tenant != null) {
				requireModuleEnabled(tenant, request);
			}
		}
		catch (RuntimeException ex) {
			exceptionResolver.resolveException(request, response, null, ex);
			return;
		}
		try {
			TenantContext.runAs(tenant == null ? null : tenant.id(), () -> chain.doFilter(request, response));
		}
		catch (IOException | ServletException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
	}

	private Tenant activeMunicipality(String requested) {
		if (!TenantId.isWellFormed(requested)) {
			throw new UnknownTenantException(requested);
		}
		return registry.requireActiveMunicipality(TenantId.of(requested));
	}

	private void requireModuleEnabled(Tenant tenant, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/")) {
			return;
		}
		int end = path.indexOf('/', 5);
		String module = end < 0 ? path.substring(5) : path.substring(5, end);
		if (provisioning.knownModules().contains(module) && !tenant.uses(module)) {
			throw new ModuleNotEnabledException(module);
		}
	}
}
