package it.casa.casework.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import it.casa.casework.CaseId;
import it.casa.casework.CaseStatus;
import it.casa.casework.ConsentScope;
import it.casa.casework.FilingOrganisation;
import it.casa.casework.FiscalCode;
import it.casa.casework.Grade;
import it.casa.casework.HouseholdId;
import it.casa.casework.HousingSituation;
import it.casa.casework.InboxEntry;
import it.casa.casework.InboxOrder;
import it.casa.casework.InboxQuery;
import it.casa.platform.Relationship;
import it.casa.platform.SqlLike;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;

/**
 * The district read models of case work ({@code district.casework_inbox} and {@code district.casework_person_index},
 * see docs/adr/0005) and the only code that touches them.
 * <p>
 * Writes ({@link #project}) run as the municipality whose case changed: row-level security lets its role write and
 * read its own rows only. Reads run as whoever asks: inside a municipality the same security limits them to that
 * municipality; with no municipality (the district role, agency staff only) they span every municipality. That last
 * case, {@link #inbox} and {@link #possibleDuplicates} in the district view, is the one place where casework reads
 * across municipalities; its callers record it in the audit trail.
 */
@Repository
class DistrictReadModel {

	private final JdbcTemplate jdbc;

	private final FiscalCodeHasher hasher;

	private final ConsentRegister consents;

	DistrictReadModel(JdbcTemplate jdbc, FiscalCodeHasher hasher, ConsentRegister consents) {
		this.jdbc = jdbc;
		this.hasher = hasher;
		this.consents = consents;
	}

	/**
	 * Copies what the inbox shows of one case of the current municipality into the district tables. The current
	 * state is read rather than taken from the event, so the order in which events arrive does not matter; a reader
	 * that started earlier never overwrites what a later one wrote ({@code source_read_at}).
	 */
	void project(TenantId tenant, UUID caseId) {
		List<Map<String, Object>> rows = jdbc.queryForList("""
				SELECT household_id, status, grade, eviction_date, filed_at, requested_on, filed_by, housing_situation,
				       assignee_user_id, now() AS read_at
				FROM case_file WHERE id = ?""", caseId);
		if (rows.isEmpty()) {
			return;
		}
		Map<String, Object> row = rows.get(0);
		UUID householdId = (UUID) row.get("household_id");
		List<Member> members = jdbc.query("""
				SELECT given_name, family_name, relationship, fiscal_code FROM household_member
				WHERE household_id = ? ORDER BY list_index""",
				(member, n) -> new Member(member.getString("given_name"), member.getString("family_name"),
						Relationship.valueOf(member.getString("relationship")), member.getString("fiscal_code")),
				householdId);
		List<String> owners = jdbc.queryForList(
				"SELECT DISTINCT owner_user_id FROM project_action WHERE case_id = ? AND owner_user_id IS NOT NULL",
				String.class, caseId);
		Integer teamActions = jdbc.queryForObject(
				"SELECT count(*) FROM project_action WHERE case_id = ? AND owner_kind = 'AUTONOMY_TEAM_OPERATOR'",
				Integer.class, caseId);
		Member reference = members.stream()
			.filter(member -> member.relationship() == Relationship.REFERENCE_PERSON)
			.findFirst()
			.orElse(members.get(0));
		List<String> names = new ArrayList<>();
		members.forEach(member -> {
			names.add(member.familyName());
			names.add(member.givenName());
		});
		int written = update("""
				INSERT INTO district.casework_inbox (case_id, tenant_id, household_id, reference_person, household_size,
				       search_text, status, grade, eviction_date, filed_at, requested_on, filed_by, housing_situation,
				       assignee_user_id, action_owner_ids, team_action_count, source_read_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (case_id) DO UPDATE SET household_id = EXCLUDED.household_id,
				       reference_person = EXCLUDED.reference_person, household_size = EXCLUDED.household_size,
				       search_text = EXCLUDED.search_text, status = EXCLUDED.status, grade = EXCLUDED.grade,
				       eviction_date = EXCLUDED.eviction_date, requested_on = EXCLUDED.requested_on, filed_by = EXCLUDED.filed_by,
				       housing_situation = EXCLUDED.housing_situation, assignee_user_id = EXCLUDED.assignee_user_id,
				       action_owner_ids = EXCLUDED.action_owner_ids, team_action_count = EXCLUDED.team_action_count,
				       source_read_at = EXCLUDED.source_read_at
				WHERE casework_inbox.source_read_at <= EXCLUDED.source_read_at""",
				caseId, tenant.value(), householdId, reference.familyName() + " " + reference.givenName(), members.size(),
				NameSearch.searchText(names), row.get("status"), row.get("grade") == null ? null : ((Number) row.get("grade")).shortValue(),
				row.get("eviction_date"), row.get("filed_at"), row.get("requested_on"), row.get("filed_by"),
				row.get("housing_situation"),
				row.get("assignee_user_id"), new TextArray(owners), teamActions == null ? 0 : teamActions,
				row.get("read_at"));
		if (written == 0) {
			return;
		}
		// The inbox row is locked until commit, so concurrent projections of this case take turns from here on.
		List<String> hashes = members.stream()
			.map(Member::fiscalCode)
			.filter(code -> code != null && FiscalCode.isValid(code))
			.map(code -> hasher.hash(FiscalCode.of(code)))
			.distinct()
			.toList();
		update("DELETE FROM district.casework_person_index WHERE case_id = ? AND NOT (fiscal_code_hash = ANY (?))",
				caseId, new TextArray(hashes));
		for (String hash : hashes) {
			jdbc.update("""
					INSERT INTO district.casework_person_index (case_id, tenant_id, fiscal_code_hash)
					VALUES (?, ?, ?) ON CONFLICT DO NOTHING""", caseId, tenant.value(), hash);
		}
	}

	/** The cases of a household of the current municipality. */
	List<UUID> casesOf(HouseholdId household) {
		return jdbc.queryForList("SELECT id FROM case_file WHERE household_id = ?", UUID.class, household.value());
	}

	/**
	 * One page of the inbox.
	 *
	 * @param municipalities the municipalities to list: the current one, or (district view) every active one
	 * @param actionOwner only cases where this user owns an action (autonomy-team operators); null for everyone else
	 */
	InboxPage inbox(List<TenantId> municipalities, InboxQuery query, @Nullable String actionOwner, LocalDate today) {
		List<String> conditions = new ArrayList<>();
		List<Object> arguments = new ArrayList<>();
		if (municipalities.size() == 1) {
			// An equality keeps the per-municipality index usable for the order.
			conditions.add("i.tenant_id = ?");
			arguments.add(municipalities.get(0).value());
		}
		else {
			conditions.add("i.tenant_id = ANY (?)");
			arguments.add(new TextArray(municipalities.stream().map(TenantId::value).toList()));
		}
		if (query.statuses().isEmpty()) {
			conditions.add("i.is_open");
		}
		else if (query.statuses().size() == 1) {
			// An equality lets the status index give the order too.
			conditions.add("i.status = ?");
			arguments.add(query.statuses().iterator().next().name());
		}
		else {
			conditions.add("i.status = ANY (?)");
			arguments.add(new TextArray(query.statuses().stream().map(Enum::name).toList()));
		}
		// Grades are filtered through urgency_rank, which leads the order indexes: the same index then finds, counts
		// and orders the rows (urgency_rank is a function of grade alone, see the changelog).
		if (!query.grades().isEmpty() || query.ungraded()) {
			List<Integer> ranks = new ArrayList<>(query.grades().stream().map(DistrictReadModel::urgencyRank).toList());
			if (query.ungraded()) {
				ranks.add(urgencyRank(null));
			}
			conditions.add("i.urgency_rank = ANY (?)");
			arguments.add(new IntArray(ranks));
		}
		if (query.assignee() != null) {
			conditions.add("i.assignee_user_id = ?");
			arguments.add(query.assignee());
		}
		// Ages in calendar days of the district from the request's date, as the inbox shows them: 0 is "requested
		// today", whenever it was typed in.
		if (query.minAgeDays() != null) {
			conditions.add("i.requested_on <= ?");
			arguments.add(java.sql.Date.valueOf(today.minusDays(query.minAgeDays())));
		}
		if (query.maxAgeDays() != null) {
			conditions.add("i.requested_on >= ?");
			arguments.add(java.sql.Date.valueOf(today.minusDays(query.maxAgeDays())));
		}
		if (query.text() != null) {
			List<String> terms = NameSearch.terms(query.text());
			if (terms.isEmpty() && !query.text().isBlank()) {
				// Only punctuation ("%", "_"): it names nobody, so it finds nobody rather than everyone.
				conditions.add("FALSE");
			}
			for (String term : terms) {
				conditions.add("i.search_text LIKE ? ESCAPE '\\'");
				arguments.add(SqlLike.containing(term));
			}
		}
		if (actionOwner != null) {
			// The team sees its cases only while the household's consent to the team is in force.
			conditions.add("i.action_owner_ids @> ?");
			arguments.add(new TextArray(List.of(actionOwner)));
			conditions.add(consents.condition("i.household_id"));
			arguments.addAll(consents.conditionArguments(ConsentScope.AUTONOMY_TEAM));
		}
		if (query.teamActionsWithoutConsent()) {
			conditions.add("i.team_action_count > 0 AND NOT " + consents.condition("i.household_id"));
			arguments.addAll(consents.conditionArguments(ConsentScope.AUTONOMY_TEAM));
		}
		String where = " WHERE " + String.join(" AND ", conditions);
		Long total = jdbc.query("SELECT count(*) FROM district.casework_inbox i" + where,
				statement -> bind(statement, arguments), rows -> rows.next() ? rows.getLong(1) : 0L);
		List<Object> pageArguments = new ArrayList<>(consents.conditionArguments(ConsentScope.AUTONOMY_TEAM));
		pageArguments.addAll(arguments);
		pageArguments.add(query.size());
		pageArguments.add((long) query.page() * query.size());
		List<InboxRow> rows = jdbc.query("""
				SELECT i.case_id, i.tenant_id, i.household_id, i.reference_person, i.household_size, i.status, i.grade,
				       i.eviction_date, i.filed_at, i.requested_on, i.filed_by, i.housing_situation, i.assignee_user_id,
				       i.team_action_count > 0 AND NOT\s""" + consents.condition("i.household_id") + """
				       AS team_without_consent
				FROM district.casework_inbox i""" + where + """

				ORDER BY\s""" + orderBy(query.order()) + " LIMIT ? OFFSET ?", statement -> bind(statement, pageArguments), (row, n) -> inboxRow(row));
		return new InboxPage(rows, total == null ? 0 : total);
	}

	/**
	 * The ORDER BY of each order, ending with the case id so that pages never repeat or skip a row. Every order has
	 * an index that serves it (see the changelog); the text comes from this fixed table, never from the request.
	 */
	private static String orderBy(InboxOrder order) {
		return switch (order) {
			case URGENCY -> "i.urgency_rank, i.eviction_date, i.requested_on, i.filed_at, i.case_id";
			case OLDEST -> "i.requested_on, i.filed_at, i.case_id";
			case NEWEST -> "i.requested_on DESC, i.filed_at DESC, i.case_id DESC";
			case NAME -> "lower(i.reference_person), i.case_id";
		};
	}

	/**
	 * For each given case, the cases of other municipalities (among {@code municipalities}) that have a member with
	 * the same fiscal code. Meaningful only in the district view: inside a municipality its role sees no other rows.
	 */
	Map<UUID, List<InboxEntry.PossibleDuplicate>> possibleDuplicates(List<UUID> caseIds, List<TenantId> municipalities) {
		Map<UUID, List<InboxEntry.PossibleDuplicate>> duplicates = new HashMap<>();
		if (caseIds.isEmpty()) {
			return duplicates;
		}
		List<Object> arguments = List.of(new UuidArray(caseIds),
				new TextArray(municipalities.stream().map(TenantId::value).toList()));
		jdbc.query("""
				SELECT DISTINCT p.case_id, o.tenant_id, o.case_id AS other_case_id, i.status
				FROM district.casework_person_index p
				JOIN district.casework_person_index o ON o.fiscal_code_hash = p.fiscal_code_hash AND o.tenant_id <> p.tenant_id
				JOIN district.casework_inbox i ON i.case_id = o.case_id
				WHERE p.case_id = ANY (?) AND o.tenant_id = ANY (?)
				ORDER BY p.case_id, o.tenant_id, other_case_id""", statement -> bind(statement, arguments), row -> {
					duplicates.computeIfAbsent((UUID) row.getObject("case_id"), id -> new ArrayList<>())
						.add(new InboxEntry.PossibleDuplicate(row.getString("tenant_id"),
								CaseId.of((UUID) row.getObject("other_case_id")),
								CaseStatus.valueOf(row.getString("status"))));
				});
		return duplicates;
	}

	/** The rank the changelog's generated column gives a grade: 4 first, then not triaged, then 3, 2, 1. */
	static int urgencyRank(@Nullable Grade grade) {
		if (grade == null) {
			return 1;
		}
		return switch (grade) {
			case EMERGENCY -> 0;
			case MULTIDIMENSIONAL_POVERTY -> 2;
			case SUFFERING -> 3;
			case FRAGILITY -> 4;
		};
	}


	private static InboxRow inboxRow(ResultSet row) throws SQLException {
		short grade = row.getShort("grade");
		Integer gradeNumber = row.wasNull() ? null : (int) grade;
		return new InboxRow(CaseId.of((UUID) row.getObject("case_id")), TenantId.of(row.getString("tenant_id")),
				HouseholdId.of((UUID) row.getObject("household_id")), row.getString("reference_person"),
				row.getInt("household_size"), CaseStatus.valueOf(row.getString("status")), gradeNumber,
				row.getObject("eviction_date", LocalDate.class),
				row.getTimestamp("filed_at").toInstant(), row.getObject("requested_on", LocalDate.class),
				FilingOrganisation.valueOf(row.getString("filed_by")),
				HousingSituation.valueOf(row.getString("housing_situation")), row.getString("assignee_user_id"),
				row.getBoolean("team_without_consent"));
	}

	private int update(String sql, Object... arguments) {
		return jdbc.update(sql, statement -> bind(statement, java.util.Arrays.asList(arguments)));
	}

	private static void bind(PreparedStatement statement, List<?> arguments) throws SQLException {
		for (int i = 0; i < arguments.size(); i++) {
			Object argument = arguments.get(i);
			int index = i + 1;
			if (argument instanceof TextArray array) {
				statement.setArray(index, statement.getConnection().createArrayOf("text", array.values().toArray()));
			}
			else if (argument instanceof IntArray array) {
				statement.setArray(index, statement.getConnection().createArrayOf("int4", array.values().toArray()));
			}
			else if (argument instanceof UuidArray array) {
				statement.setArray(index, statement.getConnection().createArrayOf("uuid", array.values().toArray()));
			}
			else if (argument == null) {
				statement.setObject(index, null);
			}
			else {
				statement.setObject(index, argument);
			}
		}
	}

	private record Member(String givenName, String familyName, Relationship relationship, @Nullable String fiscalCode) {
	}

	private record TextArray(List<String> values) {
	}

	private record IntArray(List<Integer> values) {
	}

	private record UuidArray(List<UUID> values) {
	}

	/** One row of the inbox as stored. */
	record InboxRow(CaseId caseId, TenantId tenant, HouseholdId householdId, String referencePerson, int householdSize,
			CaseStatus status, @Nullable Integer grade, @Nullable LocalDate evictionDate, Instant filedAt,
			LocalDate requestedOn, FilingOrganisation filedBy, HousingSituation housingSituation, @Nullable String assignee,
			boolean teamActionsWithoutConsent) {
	}

	record InboxPage(List<InboxRow> rows, long total) {
	}
}
