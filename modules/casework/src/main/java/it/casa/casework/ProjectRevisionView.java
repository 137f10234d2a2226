package it.casa.casework;

import java.time.Instant;

import it.casa.platform.StaffRef;

/**
 * One revision of an individual project: who changed it, from which side, what changed and the text as it was.
 *
 * @param summary what changed, worded by the reader's UI: {@code project.agreed}, or {@code project.revised} with the
 *        counts of goals and actions added, changed and removed (docs/adr/0021)
 */
public record ProjectRevisionView(int revision, Instant changedAt, StaffRef changedBy, StaffOrganisation organisation,
		Wording summary, ProjectContent content) {
}
