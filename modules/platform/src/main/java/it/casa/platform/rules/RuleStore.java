package it.casa.platform.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import it.casa.platform.TenantId;
import it.casa.platform.tenancy.DistrictTransactions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables {@code district.rule_set} and {@code district.rule_version}. Every call runs in a district transaction
 * of its own, whatever municipality the caller works in (rules are district data), and never inside the caller's
 * transaction ({@link DistrictTransactions}). The database itself refuses to change an adopted
 * version (a trigger), so no bug here can rewrite what a decision was explained with.
 */
final class RuleStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final DistrictTransactions district;

	RuleStore(JdbcTemplate jdbc, DistrictTransactions district) {
		this.jdbc = jdbc;
		this.district = district;
	}

	/** Runs {@code work} in one district transaction (several statements that must commit together). */
	<T> T inDistrict(Supplier<T> work) {
		return district.run(work);
	}

	List<RuleSet> ruleSets() {
		return inDistrict(() -> jdbc.query("SELECT definition FROM rule_set ORDER BY id",
				(rows, n) -> JSON.readValue(rows.getString(1), RuleSet.class)));
	}

	List<RuleVersion> versions() {
		return inDistrict(() -> jdbc.query("SELECT * FROM rule_version ORDER BY id", VERSION));
	}

	/** What changes whenever a version is added, changed or removed: reloading is needed when it differs. */
	String changeMark() {
		return inDistrict(() -> jdbc.queryForObject(
				"SELECT count(*) || ':' || coalesce(max(changed_at)::text, '') || ':' || (SELECT coalesce(max(updated_at)::text, '') FROM rule_set) FROM rule_version",
				String.class));
	}

	void saveRuleSet(RuleSet ruleSet) {
		inDistrict(() -> jdbc.update("""
				INSERT INTO rule_set (id, definition) VALUES (?, ?::jsonb)
				ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, updated_at = now()
				WHERE rule_set.definition IS DISTINCT FROM excluded.definition""", ruleSet.id().value(), json(ruleSet)));
	}

	RuleVersionId insert(RuleSetId ruleSet, @Nullable TenantId municipality, String key, RuleContent content,
			RuleVersion.Origin origin, String draftedBy, boolean adopted) {
		Long id = inDistrict(() -> jdbc.queryForObject("""
				INSERT INTO rule_version (rule_set, municipality, version_key, status, origin, effective_from,
				  effective_to, content, content_hash, drafted_by, adopted_by, adopted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, CASE WHEN ? THEN now() END)
				RETURNING id""", Long.class, ruleSet.value(), municipality == null ? null : municipality.value(), key,
				adopted ? "ADOPTED" : "DRAFT", origin.name(), Date.valueOf(content.effectiveFrom()),
				content.effectiveTo() == null ? null : Date.valueOf(content.effectiveTo()), json(content), hash(content),
				draftedBy, adopted ? draftedBy : null, adopted));
		return RuleVersionId.of(id);
	}

	/** Changes a draft still at {@code expectedRevision}; false when it was changed, adopted or removed meanwhile. */
	boolean updateDraft(RuleVersionId id, String key, RuleContent content, long expectedRevision) {
		return inDistrict(() -> jdbc.update("""
				UPDATE rule_version SET version_key = ?, effective_from = ?, effective_to = ?, content = ?::jsonb,
				  content_hash = ?, row_version = row_version + 1, changed_at = now()
				WHERE id = ? AND status = 'DRAFT' AND row_version = ?""", key, Date.valueOf(content.effectiveFrom()),
				content.effectiveTo() == null ? null : Date.valueOf(content.effectiveTo()), json(content), hash(content),
				id.value(), expectedRevision)) == 1;
	}

	boolean deleteDraft(RuleVersionId id, long expectedRevision) {
		return inDistrict(() -> jdbc.update("DELETE FROM rule_version WHERE id = ? AND status = 'DRAFT' AND row_version = ?",
				id.value(), expectedRevision)) == 1;
	}

	boolean adopt(RuleVersionId id, String adoptedBy, long expectedRevision) {
		return inDistrict(() -> jdbc.update("""
				UPDATE rule_version SET status = 'ADOPTED', adopted_by = ?, adopted_at = now(),
				  row_version = row_version + 1, changed_at = now()
				WHERE id = ? AND status = 'DRAFT' AND row_version = ?""", adoptedBy, id.value(), expectedRevision)) == 1;
	}

	static String hash(RuleContent content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(json(content).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private static final RowMapper<RuleVersion> VERSION = (ResultSet rows, int n) -> {
		String municipality = rows.getString("municipality");
		return new RuleVersion(RuleVersionId.of(rows.getLong("id")), RuleSetId.of(rows.getString("rule_set")),
				municipality == null ? null : TenantId.of(municipality), rows.getString("version_key"),
				RuleVersion.Status.valueOf(rows.getString("status")), RuleVersion.Origin.valueOf(rows.getString("origin")),
				JSON.readValue(rows.getString("content"), RuleContent.class), rows.getString("drafted_by"),
				instant(rows, "drafted_at"), rows.getString("adopted_by"),
				rows.getTimestamp("adopted_at") == null ? null : instant(rows, "adopted_at"), rows.getLong("row_version"));
	};

	private static java.time.Instant instant(ResultSet rows, String column) throws SQLException {
		Timestamp timestamp = rows.getTimestamp(column);
		return timestamp.toInstant();
	}
}
