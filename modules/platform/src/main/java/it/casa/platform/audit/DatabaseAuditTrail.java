package it.casa.platform.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.casa.platform.AuditTrail;

/**
 * The platform's audit trail, appending to {@code district.audit_event}.
 * <p>
 * Inside a read-write transaction the events are appended when it commits, in the same transaction: work that is
 * rolled back leaves no event claiming it happened, and the district-wide append lock is held only from the
 * append to the commit instead of for the whole unit of work. PostgreSQL refuses any write inside a read-only
 * transaction, so there (reads) the event is appended at once in a transaction of its own, before the data can
 * leave: if the trail cannot be written, the read fails. With no transaction the event is appended at once.
 */
final class DatabaseAuditTrail implements AuditTrail {

	private final AuditEventFactory events;

	private final AuditEventStore store;

	private final TransactionTemplate ownTransaction;

	DatabaseAuditTrail(AuditEventFactory events, AuditEventStore store, PlatformTransactionManager transactions) {
		this.events = events;
		this.store = store;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void record(AuditAction action, String recordType, String recordId) {
		AuditEvent event = events.describe(action, recordType, recordId);
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			store.append(List.of(event));
		}
		else if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			ownTransaction.executeWithoutResult(status -> store.append(List.of(event)));
		}
		else {
			appendOnCommit().add(event);
		}
	}

	private AppendOnCommit appendOnCommit() {
		// Synchronizations are suspended and resumed with their transaction, so an inner REQUIRES_NEW transaction
		// gets its own pending list and never appends the outer one's events.
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof AppendOnCommit pending && pending.trail == this) {
				return pending;
			}
		}
		AppendOnCommit pending = new AppendOnCommit(this);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	private static final class AppendOnCommit implements TransactionSynchronization {

		private final DatabaseAuditTrail trail;

		private final List<AuditEvent> events = new ArrayList<>();

		private boolean appended;

		AppendOnCommit(DatabaseAuditTrail trail) {
			this.trail = trail;
		}

		void add(AuditEvent event) {
			if (appended) {
				// Recorded by another before-commit callback after ours ran: still inside the transaction, so
				// append at once rather than keep an event nobody will append.
				trail.store.append(List.of(event));
			}
			else {
				events.add(event);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			// A failure here rolls the transaction back: no committed work without its audit events.
			appended = true;
			trail.store.append(List.copyOf(events));
			events.clear();
		}

		@Override
		public int getOrder() {
			// Last of the before-commit work, so the district-wide lock is taken as late as possible.
			return LOWEST_PRECEDENCE;
		}
	}
}
