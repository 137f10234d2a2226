package it.casa.casework;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The extension point of the case's timeline (docs/adr/0016): another module's event that belongs on a case's
 * timeline implements this interface (in the module's own root package, as a past-tense record), and case work adds
 * it to the case's timeline when it is published; case work never imports the module. Like every event it is stored
 * in the event publication registry, which every municipality's role can read: ids, codes, dates and numbers only,
 * never a name or a free text.
 */
public interface CaseTimelineEvent extends CaseEvent {

	/** The publishing module's name (its {@code FunctionModule}'s), which also names its words in the web UI. */
	String module();

	/** What happened, as a stable code of the module's ({@code application.filed}); the UI translates it. */
	String kind();

	/** Identifies this entry, so that a delivery of the same event twice adds it once. */
	UUID entryId();

	/**
	 * Values the module's words fill in (an amount, a date, a status code), by name; never a person's name or free
	 * text. Keys are short identifiers; values at most 200 characters.
	 */
	default Map<String, String> facts() {
		return Map.of();
	}
}
