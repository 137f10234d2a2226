package it.casa.platform.organisation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import it.casa.platform.Organisation;
import it.casa.platform.OrganisationId;
import it.casa.platform.OrganisationKind;

/**
 * The district table of partner organisations ({@code district.organisation}). Callers run with no municipality (the
 * district's role may write the table, a municipality's may only read it). Changes name the version they saw: each
 * answers false when the row is not at that version any more.
 */
@Repository
class OrganisationStore {

	private static final String COLUMNS = "id, display_name, kind, valid_from, valid_until, suspended_at, "
			+ "suspension_reason, version";

	private final JdbcTemplate jdbc;

	OrganisationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredOrganisation> find(OrganisationId id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM district.organisation WHERE id = ?", OrganisationStore::row,
				id.value()).stream().findFirst();
	}

	/** One page, by name (then id), of every organisation or of one kind. */
	List<StoredOrganisation> page(@Nullable OrganisationKind kind, int offset, int limit) {
		return jdbc.query("SELECT " + COLUMNS + """
				 FROM district.organisation WHERE (?::text IS NULL OR kind = ?)
				ORDER BY lower(display_name), id OFFSET ? LIMIT ?""", OrganisationStore::row, kindName(kind),
				kindName(kind), offset, limit);
	}

	long count(@Nullable OrganisationKind kind) {
		Long count = jdbc.queryForObject("SELECT count(*) FROM district.organisation WHERE (?::text IS NULL OR kind = ?)",
				Long.class, kindName(kind), kindName(kind));
		return count == null ? 0 : count;
	}

	/** Inserts a new organisation, not suspended; false when the id is taken. */
	boolean insert(Organisation organisation) {
		return jdbc.update("""
				INSERT INTO district.organisation (id, display_name, kind, valid_from, valid_until)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""", organisation.id().value(), organisation.name(),
				organisation.kind().name(), Date.valueOf(organisation.validFrom()),
				Date.valueOf(organisation.validUntil())) == 1;
	}

	boolean suspend(OrganisationId id, String reason, long expectedVersion) {
		return jdbc.update("""
				UPDATE district.organisation SET suspended_at = now(), suspension_reason = ?, version = version + 1,
				  updated_at = now()
				WHERE id = ? AND version = ?""", reason, id.value(), expectedVersion) == 1;
	}

	boolean reinstate(OrganisationId id, long expectedVersion) {
		return jdbc.update("""
				UPDATE district.organisation SET suspended_at = NULL, suspension_reason = NULL, version = version + 1,
				  updated_at = now()
				WHERE id = ? AND version = ?""", id.value(), expectedVersion) == 1;
	}

	boolean renew(OrganisationId id, LocalDate validUntil, long expectedVersion) {
		return jdbc.update("""
				UPDATE district.organisation SET valid_until = ?, version = version + 1, updated_at = now()
				WHERE id = ? AND version = ?""", Date.valueOf(validUntil), id.value(), expectedVersion) == 1;
	}

	private static @Nullable String kindName(@Nullable OrganisationKind kind) {
		return kind == null ? null : kind.name();
	}

	private static StoredOrganisation row(ResultSet row, int number) throws SQLException {
		Timestamp suspendedAt = row.getTimestamp("suspended_at");
		Organisation organisation = new Organisation(OrganisationId.of(row.getString("id")),
				row.getString("display_name"), OrganisationKind.valueOf(row.getString("kind")),
				row.getDate("valid_from").toLocalDate(), row.getDate("valid_until").toLocalDate(), suspendedAt != null);
		return new StoredOrganisation(organisation, suspendedAt == null ? null : suspendedAt.toInstant(),
				row.getString("suspension_reason"), row.getLong("version"));
	}
}
