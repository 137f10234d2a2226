package it.casa.casework;

import java.time.Instant;

import it.casa.platform.StaffRef;

/** One revision of an individual project: who changed it, from which side, what changed and the text as it was. */
public record ProjectRevisionView(int revision, Instant changedAt, StaffRef changedBy, StaffOrganisation organisation,
		String summary, ProjectContent content) {
}
