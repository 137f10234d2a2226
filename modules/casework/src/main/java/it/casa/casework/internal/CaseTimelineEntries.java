package it.casa.casework.internal;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import it.casa.casework.CaseId;
import it.casa.casework.CaseTimelineEntry;
import it.casa.casework.CaseTimelineEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case's timeline of other modules' entries ({@code case_timeline_entry}): written by the listener of every
 * {@link CaseTimelineEvent}, in the event's municipality (the platform's listener advice), and read a page at a time.
 * An event naming a case the municipality does not have adds nothing (logged by id): a module's mistake must not be
 * retried forever from the event registry.
 */
@Component
class CaseTimelineEntries {

	private static final Logger log = LoggerFactory.getLogger(CaseTimelineEntries.class);

	private static final Pattern FACT_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

	static final int MAX_FACT_LENGTH = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	CaseTimelineEntries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CaseTimelineEvent event) {
		int added = jdbc.update("""
				INSERT INTO case_timeline_entry (id, case_id, module, kind, occurred_at, facts)
				SELECT ?, ?, ?, ?, ?, ?::jsonb WHERE EXISTS (SELECT 1 FROM case_file WHERE id = ?)
				ON CONFLICT (id) DO NOTHING""", event.entryId(), event.caseId().value(), event.module(), event.kind(),
				Timestamp.from(event.occurredAt()), JSON.writeValueAsString(facts(event)), event.caseId().value());
		if (added == 0 && !exists(event.entryId())) {
			log.warn("Timeline entry {} of module {} names case {}, which municipality {} does not have: not added",
					event.entryId(), event.module(), event.caseId(), event.tenant());
		}
	}

	Page<CaseTimelineEntry> page(CaseId caseId, Pageable page) {
		List<CaseTimelineEntry> entries = jdbc.query("""
				SELECT id, module, kind, occurred_at, facts::text AS facts FROM case_timeline_entry
				WHERE case_id = ? ORDER BY occurred_at DESC, id OFFSET ? LIMIT ?""",
				(row, n) -> new CaseTimelineEntry(row.getObject("id", UUID.class), row.getString("module"),
						row.getString("kind"), row.getTimestamp("occurred_at").toInstant(),
						JSON.readValue(row.getString("facts"), new TypeReference<Map<String, String>>() {
						})),
				caseId.value(), page.getOffset(), page.getPageSize());
		Long total = jdbc.queryForObject("SELECT count(*) FROM case_timeline_entry WHERE case_id = ?", Long.class,
				caseId.value());
		return new PageImpl<>(entries, page, total == null ? 0 : total);
	}

	private boolean exists(UUID entry) {
		return Boolean.TRUE.equals(
				jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM case_timeline_entry WHERE id = ?)", Boolean.class, entry));
	}

	/** The event's facts that fit the rules (short keys, short values); the others are left out, never stored. */
	private static Map<String, String> facts(CaseTimelineEvent event) {
		Map<String, String> kept = new LinkedHashMap<>();
		event.facts().forEach((key, value) -> {
			if (FACT_KEY.matcher(key).matches() && value != null && value.length() <= MAX_FACT_LENGTH) {
				kept.put(key, value);
			}
			else {
				log.warn("Timeline entry {} of module {}: fact '{}' left out (keys are identifiers, values at most {} "
						+ "characters)", event.entryId(), event.module(), FACT_KEY.matcher(key).matches() ? key : "?",
						MAX_FACT_LENGTH);
			}
		});
		return kept;
	}
}
