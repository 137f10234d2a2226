package it.casa.emergency.figures;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import it.casa.emergency.EmergencyId;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntityKind;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;

/**
 * Writes the emergency facts, as the municipality the event happened in. Any event may arrive first: the report
 * fills what no reclassification has set, a reclassification always wins, the latest numbers of people win, the
 * closing events set the end. Values are bound rather than read back through {@code EXCLUDED}, which PostgreSQL
 * counts as reading the table: the municipality's role may read only the key and the bookkeeping columns.
 */
@Repository
class EmergencyFacts {

	private final JdbcTemplate jdbc;

	EmergencyFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void reported(TenantId tenant, EmergencyId emergency, Instant calledAt, ReportingEntityKind kind,
			@Nullable String name, ProblemType problem, int people, boolean minors) {
		jdbc.update("""
				INSERT INTO district.monitoring_emergency (emergency_id, tenant_id, called_at, called_on)
				VALUES (?, ?, ?, ?)
				ON CONFLICT (emergency_id) DO UPDATE SET called_at = ?, called_on = ?""", emergency.value(),
				tenant.value(), Timestamp.from(calledAt), DistrictClock.dateOf(calledAt), Timestamp.from(calledAt),
				DistrictClock.dateOf(calledAt));
		jdbc.update("""
				UPDATE district.monitoring_emergency
				SET reporting_entity_kind = ?, reporting_entity_name = ?, problem_type = ?
				WHERE emergency_id = ? AND NOT reclassified""", kind.name(), name, problem.name(), emergency.value());
		people(emergency, people, minors, calledAt);
	}

	void reclassified(TenantId tenant, EmergencyId emergency, ReportingEntityKind kind, @Nullable String name,
			ProblemType problem) {
		jdbc.update("""
				INSERT INTO district.monitoring_emergency (emergency_id, tenant_id, reporting_entity_kind,
				       reporting_entity_name, problem_type, reclassified)
				VALUES (?, ?, ?, ?, ?, true)
				ON CONFLICT (emergency_id) DO UPDATE SET reporting_entity_kind = ?, reporting_entity_name = ?,
				       problem_type = ?, reclassified = true""", emergency.value(), tenant.value(), kind.name(), name,
				problem.name(), kind.name(), name, problem.name());
	}

	/** The numbers of people as known at {@code at}; an older report or update never overwrites newer numbers. */
	void people(TenantId tenant, EmergencyId emergency, int people, boolean minors, Instant at) {
		jdbc.update("""
				INSERT INTO district.monitoring_emergency (emergency_id, tenant_id) VALUES (?, ?)
				ON CONFLICT (emergency_id) DO NOTHING""", emergency.value(), tenant.value());
		people(emergency, people, minors, at);
	}

	void closed(TenantId tenant, EmergencyId emergency, Instant closedAt, boolean handedOver) {
		jdbc.update("""
				INSERT INTO district.monitoring_emergency (emergency_id, tenant_id, closed_at, handed_over)
				VALUES (?, ?, ?, ?)
				ON CONFLICT (emergency_id) DO UPDATE SET closed_at = ?, handed_over = ?""", emergency.value(),
				tenant.value(), Timestamp.from(closedAt), handedOver, Timestamp.from(closedAt), handedOver);
	}

	private void people(EmergencyId emergency, int people, boolean minors, Instant at) {
		jdbc.update("""
				UPDATE district.monitoring_emergency SET people_involved = ?, minors_involved = ?, people_at = ?
				WHERE emergency_id = ? AND (people_at IS NULL OR people_at < ?)""", people, minors, Timestamp.from(at),
				emergency.value(), Timestamp.from(at));
	}
}
