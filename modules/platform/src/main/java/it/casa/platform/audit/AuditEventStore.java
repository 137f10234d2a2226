package it.casa.platform.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The trail's table, {@code district.audit_event}. Appends go through the database function that chains the rows
 * (the application's roles may not write the table at all); reads need the district role, i.e. no municipality
 * set, which the callers ensure.
 */
final class AuditEventStore {

	private static final HexFormat HEX = HexFormat.of();

	private static final String COLUMNS = """
			id, occurred_at, actor, actor_roles, tenant, action, record_type, record_id, reason, request_id,
			previous_hash, hash""";

	/**
	 * Recomputes every row's hash and link in one statement (one snapshot, so concurrent appends cannot make it
	 * report a break). The canonical form is the same database function the appends use; docs/adr/0006 describes
	 * it for an independent check.
	 */
	private static final String VERIFY = """
			WITH chain AS (
			  SELECT id, hash,
			         coalesce(previous_hash = coalesce(lag(hash) OVER (ORDER BY id), decode(repeat('00', 32), 'hex'))
			                  AND hash = sha256(previous_hash || district.audit_event_canonical(id, occurred_at, actor,
			                      actor_roles, tenant, action, record_type, record_id, reason, request_id)),
			                  false) AS intact
			  FROM district.audit_event)
			SELECT (SELECT count(*) FROM chain) AS checked,
			       (SELECT min(id) FROM chain WHERE NOT intact) AS first_broken_id,
			       head.id AS last_id, head.hash AS last_hash
			FROM (SELECT 1) AS always
			LEFT JOIN (SELECT id, hash FROM chain ORDER BY id DESC LIMIT 1) AS head ON true""";

	private final JdbcTemplate jdbc;

	private final JdbcTemplate streaming;

	AuditEventStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		// PostgreSQL's driver fetches in batches (instead of the whole result at once) only with a fetch size and
		// inside a transaction: exports of millions of rows then need constant memory.
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(500);
	}

	/** Appends on the connection of the current transaction, if any, so the events share its fate. */
	void append(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			appendOn(connection, events);
			return null;
		});
	}

	/** Appends on {@code connection}, in whatever transaction it is in; the caller commits. */
	static void appendOn(Connection connection, List<AuditEvent> events) throws SQLException {
		try (PreparedStatement append = connection
			.prepareStatement("SELECT district.append_audit_event(?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (AuditEvent event : events) {
				Array roles = connection.createArrayOf("text", event.actorRoles().toArray());
				append.setString(1, event.actor());
				append.setArray(2, roles);
				setNullable(append, 3, event.tenant());
				append.setString(4, event.action().name());
				append.setString(5, event.recordType());
				append.setString(6, event.recordId());
				setNullable(append, 7, event.reason());
				setNullable(append, 8, event.requestId());
				try (ResultSet appended = append.executeQuery()) {
					appended.next();
				}
				roles.free();
			}
		}
	}

	/** One page, newest first, and whether another page follows. */
	AuditPage find(AuditFilter filter, int page, int size) {
		AuditFilter.Condition condition = filter.toCondition();
		Object[] arguments = append(condition.arguments(), size + 1, (long) page * size);
		List<AuditEntry> rows = jdbc.query("SELECT " + COLUMNS + " FROM district.audit_event " + condition.sql()
				+ " ORDER BY id DESC LIMIT ? OFFSET ?", (row, number) -> entry(row), arguments);
		boolean hasNext = rows.size() > size;
		return new AuditPage(hasNext ? rows.subList(0, size) : rows, page, size, hasNext);
	}

	/** Every matching event, oldest first, one at a time; call inside a (read-only) transaction to stream. */
	void forEach(AuditFilter filter, Consumer<AuditEntry> consumer) {
		AuditFilter.Condition condition = filter.toCondition();
		streaming.query("SELECT " + COLUMNS + " FROM district.audit_event " + condition.sql() + " ORDER BY id",
				(RowCallbackHandler) row -> consumer.accept(entry(row)), condition.arguments().toArray());
	}

	ChainVerification verify() {
		return jdbc.queryForObject(VERIFY, (row, number) -> {
			long checked = row.getLong("checked");
			Long firstBroken = row.getObject("first_broken_id", Long.class);
			Long lastId = row.getObject("last_id", Long.class);
			byte[] lastHash = row.getBytes("last_hash");
			return new ChainVerification(firstBroken == null, checked, firstBroken, lastId,
					lastHash == null ? null : HEX.formatHex(lastHash));
		});
	}

	private static AuditEntry entry(ResultSet row) throws SQLException {
		String[] roles = (String[]) row.getArray("actor_roles").getArray();
		return new AuditEntry(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getString("actor"), Arrays.asList(roles), row.getString("tenant"), row.getString("action"),
				row.getString("record_type"), row.getString("record_id"), row.getString("reason"),
				row.getString("request_id"), HEX.formatHex(row.getBytes("previous_hash")),
				HEX.formatHex(row.getBytes("hash")));
	}

	private static void setNullable(PreparedStatement statement, int index, @Nullable String value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.VARCHAR);
		}
		else {
			statement.setString(index, value);
		}
	}

	private static Object[] append(List<Object> arguments, Object... more) {
		Object[] all = Arrays.copyOf(arguments.toArray(), arguments.size() + more.length);
		System.arraycopy(more, 0, all, arguments.size(), more.length);
		return all;
	}
}
