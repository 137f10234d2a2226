package it.casa.platform.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An event as stored in the trail, hashes in lower-case hex.
 *
 * @param hash SHA-256 of the previous row's hash followed by this row's canonical form (docs/adr/0006)
 */
record AuditEntry(long id, Instant occurredAt, String actor, List<String> actorRoles, @Nullable String tenant,
		String action, String recordType, String recordId, @Nullable String reason, @Nullable String requestId,
		String previousHash, String hash) {

	AuditEntry {
		actorRoles = List.copyOf(actorRoles);
	}
}
