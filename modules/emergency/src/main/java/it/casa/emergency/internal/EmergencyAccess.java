package it.casa.emergency.internal;

import org.springframework.stereotype.Component;

import it.casa.emergency.EmergencyId;
import it.casa.emergency.EmergencyNotFoundException;
import it.casa.emergency.StaleEmergencyException;
import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.UnknownTenantException;

/**
 * The work context of a request and the emergencies it may touch. The role checks are on the service interfaces;
 * the municipality is the connection's, so an emergency of another municipality is simply not found.
 */
@Component
class EmergencyAccess {

	/** The module's rights that are decided in code rather than by {@code @PreAuthorize}. */
	static final String WORK = "emergency:work";

	static final String DISTRICT = "emergency:district";

	private final CurrentUsers users;

	private final EmergencyClock clock;

	private final EmergencyFiles emergencies;

	EmergencyAccess(CurrentUsers users, EmergencyClock clock, EmergencyFiles emergencies) {
		this.users = users;
		this.clock = clock;
		this.emergencies = emergencies;
	}

	/**
	 * The municipality (required), the user and the time. A municipal operator bound to another municipality never
	 * gets here with a working platform; should it happen, the municipality looks unknown, as any foreign one does.
	 */
	WorkContext work() {
		TenantId tenant = TenantContext.require();
		CurrentUser user = users.require();
		if (user.boundTenant() != null && !user.boundTenant().equals(tenant)) {
			throw new UnknownTenantException(tenant.value());
		}
		return new WorkContext(tenant, user, clock.now());
	}

	EmergencyFile readable(EmergencyId id) {
		return emergencies.findById(id.value()).orElseThrow(EmergencyNotFoundException::new);
	}

	/** The emergency, if it is still at {@code expectedVersion} and open. */
	EmergencyFile writable(EmergencyId id, long expectedVersion) {
		EmergencyFile file = readable(id);
		if (file.version() != expectedVersion) {
			throw new StaleEmergencyException(file.version());
		}
		file.requireOpen();
		return file;
	}
}
