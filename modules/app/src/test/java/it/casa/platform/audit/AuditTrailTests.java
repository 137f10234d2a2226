package it.casa.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.database.ConnectionSettings;

/**
 * The trail against the real database: what a recorded access stores, that the application's roles and even the
 * owner cannot change it, and that the hash chain exposes tampering and survives concurrent appends.
 * Every test looks only at the events of its own unique record ids.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTests {

	static final TenantId MELEGNANO = TenantId.of("melegnano");

	static final TenantId SAN_DONATO = TenantId.of("san-donato-milanese");

	static final String PERMISSION_DENIED = "42501";

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditEventStore store;

	@Autowired
	AuditWriter writer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ConnectionSettings owner;

	@BeforeEach
	void workOutsideAnyHttpRequest() {
		// Spring's test support binds a mock request to the test's thread; these tests are work with no request
		// (listeners, jobs). Requests are covered by AuditAdministrationTests.
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void readInAMunicipalityIsRecordedWithThatMunicipality() {
		String caseId = unique();
		Instant before = Instant.now();

		TenantContext.runAs(MELEGNANO, () -> trail.record(AuditAction.READ, "case", caseId));

		assertThat(eventsFor(caseId)).singleElement().satisfies(event -> {
			assertThat(event.tenant()).isEqualTo("melegnano");
			assertThat(event.action()).isEqualTo("READ");
			assertThat(event.recordType()).isEqualTo("case");
			assertThat(event.actor()).isEqualTo("system");
			assertThat(event.actorRoles()).isEmpty();
			assertThat(event.reason()).isNull();
			assertThat(event.requestId()).isNull();
			assertThat(event.occurredAt()).isCloseTo(before, within(1, ChronoUnit.MINUTES));
			assertThat(event.hash()).hasSize(64).isNotEqualTo(event.previousHash());
		});
	}

	@Test
	void accessWithNoMunicipalityIsRecordedAsDistrictLevel() {
		String caseId = unique();

		trail.record(AuditAction.SEARCH, "case", caseId);

		assertThat(eventsFor(caseId)).singleElement().satisfies(event -> assertThat(event.tenant()).isNull());
	}

	@Test
	void writeInsideATransactionIsRecordedWithItsMunicipalityWhenItCommits() {
		String caseId = unique();

		TenantContext.runAs(SAN_DONATO, () -> transactions.executeWithoutResult(status -> {
			trail.record(AuditAction.CREATE, "case", caseId);
			trail.record(AuditAction.UPDATE, "case", caseId);
		}));

		assertThat(eventsFor(caseId)).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE");
		assertThat(eventsFor(caseId)).extracting(AuditEntry::tenant).containsOnly("san-donato-milanese");
	}

	@Test
	void writeOfARolledBackTransactionLeavesNoEventClaimingItHappened() {
		String caseId = unique();

		TenantContext.runAs(MELEGNANO, () -> transactions.executeWithoutResult(status -> {
			trail.record(AuditAction.UPDATE, "case", caseId);
			status.setRollbackOnly();
		}));

		assertThat(eventsFor(caseId)).isEmpty();
	}

	@Test
	void eventRecordedByAnAfterCommitCallbackIsStillAppended() {
		String caseId = unique();

		TenantContext.runAs(MELEGNANO, () -> transactions.executeWithoutResult(status -> {
			trail.record(AuditAction.CREATE, "case", caseId);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					trail.record(AuditAction.READ, "case", caseId);
				}
			});
		}));

		assertThat(eventsFor(caseId)).extracting(AuditEntry::action).containsExactly("READ", "CREATE");
	}

	@Test
	void readInsideAReadOnlyTransactionIsRecordedEvenIfThatTransactionRollsBack() {
		String caseId = unique();
		TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
		readOnly.setReadOnly(true);

		TenantContext.runAs(MELEGNANO, () -> readOnly.executeWithoutResult(status -> {
			trail.record(AuditAction.READ, "case", caseId);
			status.setRollbackOnly();
		}));

		assertThat(eventsFor(caseId)).singleElement()
			.satisfies(event -> assertThat(event.tenant()).isEqualTo("melegnano"));
	}

	@Test
	void aMunicipalitysRoleCanNeitherWriteNorReadTheTrailDirectly() {
		String caseId = unique();
		trail.record(AuditAction.READ, "case", caseId);

		TenantContext.runAs(MELEGNANO, () -> {
			assertDenied(() -> jdbc.update(directInsert(), caseId));
			assertDenied(() -> jdbc.update("UPDATE district.audit_event SET record_id = 'changed' WHERE record_id = ?",
					caseId));
			assertDenied(() -> jdbc.update("DELETE FROM district.audit_event WHERE record_id = ?", caseId));
			assertDenied(() -> jdbc.execute("TRUNCATE district.audit_event"));
			assertDenied(() -> jdbc.queryForList("SELECT record_id FROM district.audit_event", String.class));
		});
		assertThat(eventsFor(caseId)).singleElement();
	}

	@Test
	void theDistrictRoleCanReadTheTrailButNeitherInsertUpdateNorDelete() {
		String caseId = unique();
		trail.record(AuditAction.READ, "case", caseId);

		assertThat(TenantContext.current()).isEmpty();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM district.audit_event WHERE record_id = ?", Long.class,
				caseId)).isEqualTo(1);
		assertDenied(() -> jdbc.update(directInsert(), caseId));
		assertDenied(() -> jdbc.update("UPDATE district.audit_event SET record_id = 'changed' WHERE record_id = ?",
				caseId));
		assertDenied(() -> jdbc.update("DELETE FROM district.audit_event WHERE record_id = ?", caseId));
		assertDenied(() -> jdbc.execute("TRUNCATE district.audit_event"));
		assertThat(eventsFor(caseId)).singleElement();
	}

	@Test
	void evenTheOwnerCannotUpdateDeleteOrTruncateTheTrail() throws SQLException {
		String caseId = unique();
		trail.record(AuditAction.READ, "case", caseId);

		try (Connection connection = owner.openDedicatedConnection()) {
			// In a transaction that is always rolled back: should a guard be missing, the test still destroys nothing.
			connection.setAutoCommit(false);
			for (String change : List.of("UPDATE district.audit_event SET reason = 'changed' WHERE record_id = ?",
					"DELETE FROM district.audit_event WHERE record_id = ?")) {
				try (PreparedStatement statement = connection.prepareStatement(change)) {
					statement.setString(1, caseId);
					assertThatThrownBy(statement::executeUpdate).hasMessageContaining("append-only");
				}
				finally {
					connection.rollback();
				}
			}
			try (Statement statement = connection.createStatement()) {
				assertThatThrownBy(() -> statement.execute("TRUNCATE district.audit_event"))
					.hasMessageContaining("append-only");
			}
			finally {
				connection.rollback();
			}
		}
		assertThat(eventsFor(caseId)).singleElement().satisfies(event -> assertThat(event.reason()).isNull());
	}

	@Test
	void verificationNamesTheFirstAlteredEventAndPassesAgainOnceItIsRestored() throws SQLException {
		String caseId = unique();
		for (int i = 0; i < 3; i++) {
			trail.record(AuditAction.READ, "case", caseId);
		}
		List<AuditEntry> events = eventsFor(caseId);
		long altered = events.get(1).id();
		assertThat(verify().ok()).isTrue();

		// The one way to change a row: the owner switches the guard off first.
		changeAsOwnerWithTheGuardOff(altered, "someone-else's-case");
		ChainVerification afterTampering;
		try {
			afterTampering = verify();
		}
		finally {
			changeAsOwnerWithTheGuardOff(altered, caseId);
		}

		assertThat(afterTampering.ok()).isFalse();
		assertThat(afterTampering.firstBrokenId()).isEqualTo(altered);
		assertThat(verify()).satisfies(restored -> {
			assertThat(restored.ok()).isTrue();
			assertThat(restored.firstBrokenId()).isNull();
		});
	}

	@Test
	void eachHashIsSha256OfThePreviousHashAndTheDocumentedCanonicalForm() throws Exception {
		// An auditor can check an export without trusting the database's functions (docs/adr/0006).
		String caseId = "pratica-" + unique() + "-età";
		TenantContext.runAs(MELEGNANO, () -> trail.record(AuditAction.UPDATE, "case", caseId));
		AuditEntry event = eventsFor(caseId).get(0);

		String canonical = "casa-audit-v1|" + String.join("|", field(Long.toString(event.id())),
				field(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
					.withZone(ZoneOffset.UTC)
					.format(event.occurredAt())),
				field(event.actor()), field(String.join(",", event.actorRoles())), field(event.tenant()),
				field(event.action()), field(event.recordType()), field(event.recordId()), field(event.reason()),
				field(event.requestId()));
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		sha256.update(HexFormat.of().parseHex(event.previousHash()));
		sha256.update(canonical.getBytes(StandardCharsets.UTF_8));

		assertThat(HexFormat.of().formatHex(sha256.digest())).isEqualTo(event.hash());
	}

	@Test
	void concurrentAppendsFromManyThreadsFormOneChainWithoutForks() throws Exception {
		String prefix = unique();
		int threads = 6;
		int rounds = 12;
		List<@Nullable TenantId> tenants = Arrays.asList(MELEGNANO, SAN_DONATO, null);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> work = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				int thread = t;
				work.add(executor.submit(() -> {
					start.await();
					for (int round = 0; round < rounds; round++) {
						String recordId = prefix + "-" + thread + "-" + round;
						TenantId tenant = tenants.get((thread + round) % tenants.size());
						if (round % 2 == 0) {
							TenantContext.runAs(tenant, () -> trail.record(AuditAction.READ, "case", recordId));
						}
						else {
							TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
								trail.record(AuditAction.UPDATE, "case", recordId);
								trail.record(AuditAction.UPDATE, "case", recordId);
							}));
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> done : work) {
				done.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}

		List<String> previousHashes = jdbc.queryForList(
				"SELECT encode(previous_hash, 'hex') FROM district.audit_event WHERE record_id LIKE ? ORDER BY id",
				String.class, prefix + "-%");
		assertThat(previousHashes).hasSize(threads * (rounds / 2) * 3).doesNotHaveDuplicates();
		assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT previous_hash) FROM district.audit_event",
				Long.class)).isZero();
		assertThat(verify().ok()).isTrue();
	}

	/**
	 * The writer commits whatever has queued in one transaction; an event the database refuses must fail only the
	 * read that recorded it, never its neighbours in the batch. The refused event is built by hand: the factory
	 * would refuse it before it reached the database.
	 */
	@Test
	void anEventTheDatabaseRefusesFailsOnlyItsOwnCaller() throws Exception {
		String prefix = unique();
		int callers = 12;
		ExecutorService executor = Executors.newFixedThreadPool(callers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> work = new ArrayList<>();
		try {
			for (int c = 0; c < callers; c++) {
				String recordType = c == 5 ? "x".repeat(101) : "case";
				AuditEvent event = new AuditEvent("system", List.of(), null, AuditAction.READ, recordType,
						prefix + "-" + c, null, null);
				work.add(executor.submit(() -> {
					start.await();
					writer.appendAndWait(List.of(event));
					return null;
				}));
			}
			start.countDown();
			for (int c = 0; c < callers; c++) {
				if (c == 5) {
					assertThatThrownBy(work.get(c)::get).hasRootCauseInstanceOf(SQLException.class);
				}
				else {
					work.get(c).get(120, TimeUnit.SECONDS);
				}
			}
		}
		finally {
			executor.shutdownNow();
		}

		assertThat(jdbc.queryForList("SELECT record_id FROM district.audit_event WHERE record_id LIKE ?", String.class,
				prefix + "-%")).hasSize(callers - 1).doesNotContain(prefix + "-5");
		assertThat(verify().ok()).isTrue();
	}

	private List<AuditEntry> eventsFor(String recordId) {
		AuditFilter filter = new AuditFilter(null, null, false, null, null, recordId, null, null);
		return TenantContext.callAs(null, () -> store.find(filter, 0, 100)).items();
	}

	private ChainVerification verify() {
		return TenantContext.callAs(null, store::verify);
	}

	private void changeAsOwnerWithTheGuardOff(long id, String recordId) throws SQLException {
		try (Connection connection = owner.openDedicatedConnection()) {
			// One transaction: no other session ever sees the table unguarded.
			connection.setAutoCommit(false);
			try (Statement guard = connection.createStatement();
					PreparedStatement change = connection
						.prepareStatement("UPDATE district.audit_event SET record_id = ? WHERE id = ?")) {
				guard.execute("ALTER TABLE district.audit_event DISABLE TRIGGER audit_event_is_append_only");
				change.setString(1, recordId);
				change.setLong(2, id);
				assertThat(change.executeUpdate()).isEqualTo(1);
				guard.execute("ALTER TABLE district.audit_event ENABLE ALWAYS TRIGGER audit_event_is_append_only");
				connection.commit();
			}
			catch (SQLException | RuntimeException | AssertionError ex) {
				connection.rollback();
				throw ex;
			}
		}
	}

	private static String directInsert() {
		return """
				INSERT INTO district.audit_event (occurred_at, actor, actor_roles, action, record_type, record_id,
				  previous_hash, hash)
				VALUES (now(), 'forger', '{}', 'READ', 'case', ?, decode(repeat('00', 32), 'hex'),
				  decode(repeat('11', 32), 'hex'))""";
	}

	private static String field(@Nullable String value) {
		return value == null ? "-" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
	}

	private static void assertDenied(Runnable access) {
		assertThatThrownBy(access::run).satisfies(failure -> assertThat(sqlState(failure)).isEqualTo(PERMISSION_DENIED));
	}

	private static String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return "none";
	}

	private static String unique() {
		return "audit-test-" + UUID.randomUUID();
	}
}
