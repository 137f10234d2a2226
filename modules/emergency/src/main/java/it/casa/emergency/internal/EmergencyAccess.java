package it.casa.emergency.internal;

import org.springframework.stereotype.Component;

import it.casa.emergency.EmergencyId;
import it.casa.platform.RecordNotFoundException;
import it.casa.platform.StaleVersionException;
import it.casa.platform.module.WorkContext;
import it.casa.platform.module.WorkContexts;

/**
 * The work context of a request and the emergencies it may touch. The role checks are on the service interfaces;
 * the municipality is the connection's, so an emergency of another municipality is simply not found.
 */
@Component
class EmergencyAccess {

	/** The module's rights that are decided in code rather than by {@code @PreAuthorize}. */
	static final String WORK = "emergency:work";

	static final String DISTRICT = "emergency:district";

	private final WorkContexts works;

	private final EmergencyFiles emergencies;

	EmergencyAccess(WorkContexts works, EmergencyFiles emergencies) {
		this.works = works;
		this.emergencies = emergencies;
	}

	/** The municipality (required), the user and the time: the platform's work context of the request. */
	WorkContext work() {
		return works.current();
	}

	EmergencyFile readable(EmergencyId id) {
		return emergencies.findById(id.value()).orElseThrow(() -> new RecordNotFoundException("emergency"));
	}

	/** The emergency, if it is still at {@code expectedVersion} and open. */
	EmergencyFile writable(EmergencyId id, long expectedVersion) {
		EmergencyFile file = readable(id);
		StaleVersionException.requireVersion("emergency", file.version(), expectedVersion);
		file.requireOpen();
		return file;
	}
}
