package it.casa.platform.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

import it.casa.platform.AuditTrail.AuditAction;

/**
 * What the administrator looks for; every criterion is optional and they combine with AND.
 *
 * @param tenant a municipality's id; with {@code districtLevelOnly} instead, only accesses made with no
 *        municipality chosen
 * @param from inclusive
 * @param to exclusive
 */
record AuditFilter(@Nullable String actor, @Nullable String tenant, boolean districtLevelOnly,
		@Nullable AuditAction action, @Nullable String recordType, @Nullable String recordId, @Nullable Instant from,
		@Nullable Instant to) {

	static final AuditFilter NONE = new AuditFilter(null, null, false, null, null, null, null, null);

	/** The SQL condition (starting with {@code WHERE} when there is one) and its arguments, in order. */
	Condition toCondition() {
		List<String> terms = new ArrayList<>();
		List<Object> arguments = new ArrayList<>();
		if (actor != null) {
			terms.add("actor = ?");
			arguments.add(actor);
		}
		if (districtLevelOnly) {
			terms.add("tenant IS NULL");
		}
		else if (tenant != null) {
			terms.add("tenant = ?");
			arguments.add(tenant);
		}
		if (action != null) {
			terms.add("action = ?");
			arguments.add(action.name());
		}
		if (recordType != null) {
			terms.add("record_type = ?");
			arguments.add(recordType);
		}
		if (recordId != null) {
			terms.add("record_id = ?");
			arguments.add(recordId);
		}
		if (from != null) {
			terms.add("occurred_at >= ?");
			arguments.add(from.atOffset(ZoneOffset.UTC));
		}
		if (to != null) {
			terms.add("occurred_at < ?");
			arguments.add(to.atOffset(ZoneOffset.UTC));
		}
		return new Condition(terms.isEmpty() ? "" : "WHERE " + String.join(" AND ", terms), arguments);
	}

	/**
	 * The criteria as a query string, recorded as the record id of the administrator's own SEARCH or EXPORT: which
	 * actor or record they looked into is what a review of their access needs. Ids only, like the trail itself.
	 */
	String describe() {
		StringJoiner description = new StringJoiner("&");
		add(description, "actor", actor);
		add(description, "tenant", districtLevelOnly ? "(district)" : tenant);
		add(description, "action", action == null ? null : action.name());
		add(description, "recordType", recordType);
		add(description, "recordId", recordId);
		add(description, "from", from == null ? null : from.toString());
		add(description, "to", to == null ? null : to.toString());
		return description.length() == 0 ? "(all)" : description.toString();
	}

	private static void add(StringJoiner description, String name, @Nullable String value) {
		if (value != null) {
			description.add(name + "=" + value);
		}
	}

	record Condition(String sql, List<Object> arguments) {
	}
}
