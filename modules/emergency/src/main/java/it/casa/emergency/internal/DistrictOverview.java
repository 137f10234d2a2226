package it.casa.emergency.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import it.casa.emergency.EmergencyId;
import it.casa.emergency.EmergencyQuery;
import it.casa.emergency.EmergencyStatus;
import it.casa.emergency.MeasureKind;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntityKind;
import it.casa.platform.TenantId;

/**
 * The district overview of emergencies ({@code district.emergency_overview}), the same pattern as case work's inbox
 * (docs/adr/0005), and the only code that touches it.
 * <p>
 * Writes ({@link #project}) run as the municipality whose emergency changed: row-level security lets its role write
 * and read its own rows only. Reads run as whoever asks: inside a municipality the same security limits them to it;
 * with no municipality (the district role, agency operators only) they span every municipality. That is the one
 * place where emergency reads across municipalities; its caller records it in the audit trail.
 */
@Repository
class DistrictOverview {

	private final JdbcTemplate jdbc;

	DistrictOverview(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Copies what the lists show of one emergency of the current municipality into the district table. The current
	 * state is read rather than taken from the event, so the order in which events arrive does not matter; a reader
	 * that started earlier never overwrites what a later one wrote ({@code source_read_at}).
	 */
	void project(TenantId tenant, UUID emergencyId) {
		List<Map<String, Object>> rows = jdbc.queryForList("""
				SELECT e.called_at, e.reporting_entity_kind, e.reporting_entity_name, e.problem_type, e.place,
				       e.people_count, e.minors, e.fragile_members, e.status, coalesce(e.handed_over, false) AS handed_over,
				       e.closed_at,
				       m.kind AS measure_kind, m.until_date AS measure_until,
				       CASE WHEN e.status = 'OPEN' THEN (SELECT min(f.due_at) FROM emergency_follow_up f
				                                         WHERE f.emergency_id = e.id AND f.done_at IS NULL) END AS next_due_at,
				       now() AS read_at
				FROM emergency e
				LEFT JOIN LATERAL (SELECT kind, until_date FROM emergency_measure
				                   WHERE emergency_id = e.id ORDER BY list_index DESC LIMIT 1) m ON true
				WHERE e.id = ?""", emergencyId);
		if (rows.isEmpty()) {
			return;
		}
		Map<String, Object> row = rows.get(0);
		jdbc.update("""
				INSERT INTO district.emergency_overview (emergency_id, tenant_id, called_at, reporting_entity_kind,
				       reporting_entity_name, problem_type, place, people_count, minors, fragile_members, status, handed_over,
				       measure_kind, measure_until, next_due_at, closed_at, source_read_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (emergency_id) DO UPDATE SET called_at = EXCLUDED.called_at,
				       reporting_entity_kind = EXCLUDED.reporting_entity_kind,
				       reporting_entity_name = EXCLUDED.reporting_entity_name, problem_type = EXCLUDED.problem_type,
				       place = EXCLUDED.place, people_count = EXCLUDED.people_count, minors = EXCLUDED.minors,
				       fragile_members = EXCLUDED.fragile_members, status = EXCLUDED.status,
				       handed_over = EXCLUDED.handed_over, measure_kind = EXCLUDED.measure_kind,
				       measure_until = EXCLUDED.measure_until, next_due_at = EXCLUDED.next_due_at,
				       closed_at = EXCLUDED.closed_at, source_read_at = EXCLUDED.source_read_at
				WHERE emergency_overview.source_read_at <= EXCLUDED.source_read_at""",
				statement -> bind(statement, java.util.Arrays.asList(emergencyId, tenant.value(), row.get("called_at"),
						row.get("reporting_entity_kind"), row.get("reporting_entity_name"), row.get("problem_type"),
						row.get("place"), row.get("people_count"), row.get("minors"), row.get("fragile_members"),
						row.get("status"), row.get("handed_over"), row.get("measure_kind"), row.get("measure_until"),
						row.get("next_due_at"), row.get("closed_at"), row.get("read_at"))));
	}

	/**
	 * One page of the list, open emergencies first, overdue ones first among them, then the latest call first.
	 *
	 * @param municipalities the municipalities to list: the current one, or (district view) every one using the module
	 * @param now the time against which items are overdue
	 */
	OverviewPage list(List<TenantId> municipalities, EmergencyQuery query, Instant now) {
		List<String> conditions = new ArrayList<>();
		List<Object> arguments = new ArrayList<>();
		if (municipalities.size() == 1) {
			conditions.add("o.tenant_id = ?");
			arguments.add(municipalities.get(0).value());
		}
		else {
			conditions.add("o.tenant_id = ANY (?)");
			arguments.add(new TextArray(municipalities.stream().map(TenantId::value).toList()));
		}
		if (!query.statuses().isEmpty()) {
			conditions.add("o.status = ANY (?)");
			arguments.add(new TextArray(query.statuses().stream().map(Enum::name).toList()));
		}
		if (!query.problemTypes().isEmpty()) {
			conditions.add("o.problem_type = ANY (?)");
			arguments.add(new TextArray(query.problemTypes().stream().map(Enum::name).toList()));
		}
		if (query.overdueOnly()) {
			conditions.add("o.is_open AND o.next_due_at < ?");
			arguments.add(Timestamp.from(now));
		}
		if (query.calledFrom() != null) {
			conditions.add("o.called_at >= ?");
			arguments.add(Timestamp.from(query.calledFrom()));
		}
		if (query.calledBefore() != null) {
			conditions.add("o.called_at < ?");
			arguments.add(Timestamp.from(query.calledBefore()));
		}
		String where = " WHERE " + String.join(" AND ", conditions);
		Long total = jdbc.query("SELECT count(*) FROM district.emergency_overview o" + where,
				statement -> bind(statement, arguments), rows -> rows.next() ? rows.getLong(1) : 0L);
		List<Object> pageArguments = new ArrayList<>();
		pageArguments.add(Timestamp.from(now));
		pageArguments.addAll(arguments);
		pageArguments.add(Timestamp.from(now));
		pageArguments.add(query.size());
		pageArguments.add((long) query.page() * query.size());
		List<OverviewRow> rows = jdbc.query("""
				SELECT o.*, (o.is_open AND o.next_due_at < ?) AS overdue
				FROM district.emergency_overview o""" + where + """

				ORDER BY o.is_open DESC, (o.is_open AND o.next_due_at < ?) DESC, o.called_at DESC, o.emergency_id
				LIMIT ? OFFSET ?""", statement -> bind(statement, pageArguments), (row, n) -> overviewRow(row));
		return new OverviewPage(rows, total == null ? 0 : total);
	}

	private static OverviewRow overviewRow(ResultSet row) throws SQLException {
		String measureKind = row.getString("measure_kind");
		Timestamp nextDue = row.getTimestamp("next_due_at");
		Timestamp closed = row.getTimestamp("closed_at");
		return new OverviewRow(EmergencyId.of((UUID) row.getObject("emergency_id")), TenantId.of(row.getString("tenant_id")),
				row.getTimestamp("called_at").toInstant(), ReportingEntityKind.valueOf(row.getString("reporting_entity_kind")),
				row.getString("reporting_entity_name"), ProblemType.valueOf(row.getString("problem_type")),
				row.getString("place"), row.getInt("people_count"), row.getInt("minors"), row.getBoolean("fragile_members"),
				EmergencyStatus.valueOf(row.getString("status")), row.getBoolean("handed_over"),
				measureKind == null ? null : MeasureKind.valueOf(measureKind), row.getObject("measure_until", LocalDate.class),
				nextDue == null ? null : nextDue.toInstant(), row.getBoolean("overdue"),
				closed == null ? null : closed.toInstant());
	}

	private static void bind(PreparedStatement statement, List<?> arguments) throws SQLException {
		for (int i = 0; i < arguments.size(); i++) {
			Object argument = arguments.get(i);
			if (argument instanceof TextArray array) {
				statement.setArray(i + 1, statement.getConnection().createArrayOf("text", array.values().toArray()));
			}
			else {
				statement.setObject(i + 1, argument);
			}
		}
	}

	private record TextArray(List<String> values) {
	}

	/** One row of the overview as stored, with overdue computed at reading time. */
	record OverviewRow(EmergencyId id, TenantId tenant, Instant calledAt, ReportingEntityKind reportingEntityKind,
			@Nullable String reportingEntityName, ProblemType problemType, @Nullable String place, int peopleCount,
			int minors, boolean fragileMembers, EmergencyStatus status, boolean handedOver,
			@Nullable MeasureKind measureKind, @Nullable LocalDate measureUntil, @Nullable Instant nextDueAt,
			boolean overdue, @Nullable Instant closedAt) {
	}

	record OverviewPage(List<OverviewRow> rows, long total) {
	}
}
