package it.casa.platform.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

import it.casa.platform.AuditTrail.AuditAction;

/**
 * One access about to be appended to the trail. The database adds the id, the time and the hash chain.
 *
 * @param tenant the municipality the access happened in; null for district-level access
 * @param reason why agency staff opened a municipality's record; null otherwise
 * @param requestId correlates the events of one HTTP request; null outside requests
 */
record AuditEvent(String actor, List<String> actorRoles, @Nullable String tenant, AuditAction action,
		String recordType, String recordId, @Nullable String reason, @Nullable String requestId) {

	AuditEvent {
		actorRoles = List.copyOf(actorRoles);
	}
}
