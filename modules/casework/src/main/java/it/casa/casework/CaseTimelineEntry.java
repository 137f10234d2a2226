package it.casa.casework;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An entry of a case's timeline that another module added ({@link CaseTimelineEvent}).
 *
 * @param facts the values the module's words fill in
 */
public record CaseTimelineEntry(UUID id, String module, String kind, Instant occurredAt, Map<String, String> facts) {

	public CaseTimelineEntry {
		facts = Map.copyOf(facts);
	}
}
