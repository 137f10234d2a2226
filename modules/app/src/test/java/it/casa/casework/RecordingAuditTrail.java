package it.casa.casework;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import it.casa.platform.AuditTrail;

/**
 * The platform's audit trail, with a memory of what was recorded, so tests can check that every read and write of
 * personal data is reported without querying the trail's table. Everything is still appended to the real trail:
 * tests of the trail itself get this bean too and see the same behaviour.
 */
@Component
@Primary
class RecordingAuditTrail implements AuditTrail {

	private final AuditTrail trail;

	private final List<Entry> entries = new CopyOnWriteArrayList<>();

	RecordingAuditTrail(@Qualifier("auditTrail") AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void record(AuditAction action, String recordType, String recordId) {
		trail.record(action, recordType, recordId);
		entries.add(new Entry(action, recordType, recordId));
	}

	List<Entry> entries() {
		return List.copyOf(entries);
	}

	record Entry(AuditAction action, String recordType, String recordId) {
	}
}
