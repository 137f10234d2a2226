package it.casa.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.casa.platform.ServiceBusyException;
import it.casa.platform.tenancy.DistrictConnections;
import it.casa.platform.web.SafeThrowable;

/**
 * The single writer of the audit events that no read-write transaction of the caller can carry: reads (PostgreSQL
 * refuses writes in a read-only transaction), work outside any transaction and events recorded while a transaction
 * completes. Callers hand their events over and wait until they are committed, so a read's event is still in the
 * trail before its data can leave (docs/adr/0006).
 * <p>
 * The writer has its own connection ({@link DistrictConnections}): its callers hold connections of the application's
 * pool while they wait, and a writer borrowing from that pool would find it empty under load, every holder waiting
 * for another (docs/adr/0017). Whatever has queued while it commits goes into its next transaction: one advisory lock
 * and one commit for the whole batch (group commit), so the trail keeps up with many concurrent readers without
 * serialising each of them on the lock.
 * <p>
 * A batch that fails is retried event by event, each in its own transaction, so that one bad event fails only its
 * own caller. A caller that cannot hand over or is not answered within {@code maxWait} gets a
 * {@link ServiceBusyException} (503): no access without its record, and no request waits for ever.
 */
final class AuditWriter implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);

	private static final int MAX_BATCH = 500;

	private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private final DistrictConnections connections;

	private final Duration maxWait;

	private final BlockingQueue<Handover> queue;

	private final Thread thread;

	private volatile boolean running = true;

	AuditWriter(DistrictConnections connections, Duration maxWait, int capacity) {
		this.connections = connections;
		this.maxWait = maxWait;
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.thread = new Thread(this::run, "casa-audit-writer");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** Appends {@code events} in a transaction of the writer's and returns once it has committed. */
	void appendAndWait(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		Handover handover = new Handover(List.copyOf(events), new CompletableFuture<>());
		long deadline = System.nanoTime() + maxWait.toNanos();
		try {
			if (!running || !queue.offer(handover, maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
				throw busy();
			}
			handover.committed().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		catch (TimeoutException ex) {
			// Too late for this caller; the writer may still commit the events, which then describe an access that
			// was refused: a record too many is acceptable, a missing one is not.
			throw busy();
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure
					: new IllegalStateException("The audit trail could not be written", ex.getCause());
		}
	}

	private ServiceBusyException busy() {
		return new ServiceBusyException("The audit trail is not keeping up; nothing was read or saved", RETRY_AFTER);
	}

	private void run() {
		List<Handover> batch = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				Handover first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				write(batch);
			}
			catch (InterruptedException ex) {
				running = false;
			}
			catch (RuntimeException | Error ex) {
				// Never let the only writer die: fail this batch's callers and go on with the next.
				batch.forEach(handover -> handover.committed().completeExceptionally(ex));
				log.error("The audit writer failed a batch: {}", SafeThrowable.describe(ex));
			}
			finally {
				batch.clear();
			}
		}
	}

	private void write(List<Handover> batch) {
		try {
			commit(batch);
			batch.forEach(handover -> handover.committed().complete(null));
		}
		catch (SQLException batchFailure) {
			if (batch.size() == 1) {
				fail(batch.get(0), batchFailure);
				return;
			}
			for (Handover handover : batch) {
				try {
					commit(List.of(handover));
					handover.committed().complete(null);
				}
				catch (SQLException ex) {
					fail(handover, ex);
				}
			}
		}
	}

	private void commit(List<Handover> batch) throws SQLException {
		try (Connection connection = connections.open()) {
			connection.setAutoCommit(false);
			try {
				for (Handover handover : batch) {
					AuditEventStore.appendOn(connection, handover.events());
				}
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
	}

	private static void fail(Handover handover, SQLException failure) {
		log.error("{} audit events could not be appended: {}", handover.events().size(), SafeThrowable.describe(failure));
		handover.committed()
			.completeExceptionally(new IllegalStateException("The audit trail could not be written", failure));
	}

	/** Stops taking events, writes what was handed over, then stops. */
	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join(10_000);
	}

	private record Handover(List<AuditEvent> events, CompletableFuture<Void> committed) {
	}
}
