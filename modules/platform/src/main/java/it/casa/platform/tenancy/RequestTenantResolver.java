package it.casa.platform.tenancy;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides which municipality a request acts in; empty means none (the district view).
 * The security configuration provides the implementation that binds it to the authenticated user.
 */
public interface RequestTenantResolver {

	/** Header with which a user allowed to choose (agency staff) names the municipality to act in. */
	String TENANT_HEADER = "X-Casa-Tenant";

	Optional<String> tenantFor(HttpServletRequest request);
}
