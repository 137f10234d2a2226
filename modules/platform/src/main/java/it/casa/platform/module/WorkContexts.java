package it.casa.platform.module;

import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.UnknownTenantException;

/** Where a module's service gets the {@link WorkContext} of its call. */
public final class WorkContexts {

	private final CurrentUsers users;

	private final DistrictClock clock;

	WorkContexts(CurrentUsers users, DistrictClock clock) {
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The work context of the current request: its municipality (required: {@code NoTenantSelectedException}
	 * otherwise), the signed-in user and the district's time. A municipal operator bound to another municipality never
	 * gets here with a working platform; should it happen, the municipality looks unknown, as any foreign one does.
	 */
	public WorkContext current() {
		TenantId tenant = TenantContext.require();
		CurrentUser user = users.require();
		if (user.boundTenant() != null && !user.boundTenant().equals(tenant)) {
			throw new UnknownTenantException(tenant.value());
		}
		return new WorkContext(tenant, user, clock.now(), clock.today());
	}

	/**
	 * Work done in {@code tenant} on behalf of {@code user} with no request of theirs, such as a listener carrying on
	 * what the user started in another module.
	 */
	public WorkContext onBehalfOf(TenantId tenant, CurrentUser user) {
		return new WorkContext(tenant, user, clock.now(), clock.today());
	}
}
