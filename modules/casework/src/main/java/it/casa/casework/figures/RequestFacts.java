package it.casa.casework.figures;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import it.casa.casework.CaseFacts;
import it.casa.casework.CaseId;
import it.casa.casework.InterviewId;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;

/**
 * Writes the request and interview facts. Runs as the municipality the event happened in (its role may insert and
 * update its own rows only). Events may arrive late or twice: each write keeps the newest state
 * ({@code state_at}) and the earliest first triage, so the order of delivery does not matter.
 */
@Repository
class RequestFacts {

	private final JdbcTemplate jdbc;

	RequestFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The case as it is after an event that happened at {@code occurredAt}. */
	void record(TenantId tenant, CaseId caseId, Instant occurredAt, CaseFacts facts) {
		LocalDate endedOn = facts.status().isOpen() ? null : DistrictClock.dateOf(occurredAt);
		Short grade = facts.grade() == null ? null : (short) facts.grade().number();
		Timestamp stateAt = Timestamp.from(occurredAt);
		// The values are bound twice rather than read back through EXCLUDED: PostgreSQL counts EXCLUDED.x as reading
		// column x, and the municipality's role may read only the key and the event times.
		jdbc.update("""
				INSERT INTO district.monitoring_request AS r (case_id, tenant_id, requested_on, filed_by, housing_situation,
				       composition, status, grade, ended_on, state_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (case_id) DO UPDATE SET requested_on = ?, filed_by = ?, housing_situation = ?,
				       composition = ?, status = ?, grade = ?, ended_on = ?, state_at = ?
				WHERE r.state_at <= ?""", caseId.value(), tenant.value(), facts.requestedOn(), facts.filedBy().name(),
				facts.housingSituation().name(), facts.composition().name(), facts.status().name(), grade, endedOn,
				stateAt, facts.requestedOn(), facts.filedBy().name(), facts.housingSituation().name(),
				facts.composition().name(), facts.status().name(), grade, endedOn, stateAt, stateAt);
	}

	/** A triage at {@code triagedAt}; only the earliest one counts for the time to triage. */
	void triaged(CaseId caseId, Instant triagedAt) {
		jdbc.update("""
				UPDATE district.monitoring_request SET first_triaged_at = ?, first_triaged_on = ?
				WHERE case_id = ? AND (first_triaged_at IS NULL OR first_triaged_at > ?)""", Timestamp.from(triagedAt),
				DistrictClock.dateOf(triagedAt), caseId.value(), Timestamp.from(triagedAt));
	}

	void interviewScheduled(TenantId tenant, CaseId caseId, InterviewId interview, OffsetDateTime scheduledFor) {
		jdbc.update("""
				INSERT INTO district.monitoring_interview (interview_id, case_id, tenant_id, scheduled_on)
				VALUES (?, ?, ?, ?) ON CONFLICT (interview_id) DO NOTHING""", interview.value(), caseId.value(),
				tenant.value(), DistrictClock.dateOf(scheduledFor.toInstant()));
	}
}
