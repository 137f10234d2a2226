package it.casa.casework;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import it.casa.platform.AuditTrail;

/**
 * Stand-in for the platform's audit trail until its implementation lands on main (it lives on the audit branch):
 * records what casework reports, so tests can check that every read and write of personal data is reported.
 * Delete it when main brings a real {@link AuditTrail}, and spy on that one instead.
 */
@Component
class RecordingAuditTrail implements AuditTrail {

	private final List<Entry> entries = new CopyOnWriteArrayList<>();

	@Override
	public void record(AuditAction action, String recordType, String recordId) {
		entries.add(new Entry(action, recordType, recordId));
	}

	List<Entry> entries() {
		return List.copyOf(entries);
	}

	record Entry(AuditAction action, String recordType, String recordId) {
	}
}
