package it.casa.platform.audit;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import it.casa.platform.AuditTrail;
import it.casa.platform.web.SafeThrowable;

/**
 * The platform's audit trail, appending to {@code district.audit_event}.
 * <p>
 * Inside a read-write transaction the events are appended when it commits, in the same transaction: work that is
 * rolled back leaves no event claiming it happened, and the district-wide append lock is held only from the
 * append to the commit instead of for the whole unit of work. Every other event (reads, whose read-only
 * transaction PostgreSQL forbids to write; work outside any transaction; events recorded while a transaction is
 * completing) goes to the {@link AuditWriter}, and the caller waits until it is committed: before the data can
 * leave, and if the trail cannot be written, the read fails. No path here borrows a second connection of the
 * application's pool while the caller holds one (docs/adr/0017).
 */
final class DatabaseAuditTrail implements AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAuditTrail.class);

	private final AuditEventFactory events;

	private final AuditEventStore store;

	private final AuditWriter writer;

	DatabaseAuditTrail(AuditEventFactory events, AuditEventStore store, AuditWriter writer) {
		this.events = events;
		this.store = store;
		this.writer = writer;
	}

	@Override
	public void record(AuditAction action, String recordType, String recordId) {
		AuditEvent event = events.describe(action, recordType, recordId);
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			appendOnCommit().add(event);
		}
		else {
			// No transaction, a read-only one, or one already completing (Spring clears the synchronizations
			// before the after-completion callbacks): no transaction of the caller's can take the event.
			writer.appendAndWait(List.of(event));
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

		AppendOnCommit(DatabaseAuditTrail trail) {
			this.trail = trail;
		}

		void add(AuditEvent event) {
			events.add(event);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			// A failure here rolls the transaction back: no committed work without its audit events.
			List<AuditEvent> appending = List.copyOf(events);
			events.clear();
			trail.store.append(appending);
		}

		@Override
		public void afterCompletion(int status) {
			// Events recorded after our before-commit step (by a later before-commit or before-completion callback,
			// or by an after-commit callback, which Spring runs while the finished transaction is still bound)
			// describe committed work: they are appended in a transaction of their own. Spring only logs a
			// failure thrown from here, hence our own log line.
			if (status == STATUS_COMMITTED && !events.isEmpty()) {
				List<AuditEvent> late = List.copyOf(events);
				events.clear();
				try {
					trail.writer.appendAndWait(late);
				}
				catch (RuntimeException ex) {
					log.error("{} audit events recorded at the end of a transaction could not be appended: {}",
							late.size(), SafeThrowable.describe(ex));
					throw ex;
				}
			}
		}

		@Override
		public int getOrder() {
			// Last of the before-commit work, so the district-wide lock is taken as late as possible.
			return LOWEST_PRECEDENCE;
		}
	}
}
