package it.casa.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import it.casa.platform.StaffRef;

/**
 * The individual project of a case, at its latest revision.
 *
 * @param version send it back with a change; a change based on an older version is refused (HTTP 409)
 * @param revision 1 for the agreed text, then one more per change
 */
public record ProjectView(CaseId caseId, long version, int revision, List<String> goals, List<ActionView> actions,
		String waysAndTimes, Instant agreedAt, StaffRef agreedBy, Instant lastChangedAt, StaffRef lastChangedBy) {

	/** An action, with who last changed it. */
	public record ActionView(UUID id, String description, ActionOwner owner, @Nullable LocalDate dueDate,
			ActionStatus status, Instant lastChangedAt, StaffRef lastChangedBy) {
	}
}
