package it.casa.casework;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * Which requests to list in the inbox. Empty sets and nulls mean "any".
 *
 * @param municipality in the district view, only this municipality (ignored inside a municipality)
 * @param grades only these grades (1 to 4)
 * @param ungraded also (or, with no grades, only) requests not triaged yet
 * @param statuses only these statuses; by default the open ones
 * @param assignee only cases assigned to this operator (user id)
 * @param minAgeDays only requests made at least this many days ago (by their request date, not when they were typed in)
 * @param maxAgeDays only requests made at most this many days ago
 * @param text words to find in the names of the household's members (any order, parts of words too)
 * @param teamActionsWithoutConsent only cases with actions of the autonomy team whose household's consent to the team is
 *        not in force (the team no longer sees them: the agency decides what to do with those actions)
 * @param order the order of the whole list, applied before paging
 */
public record InboxQuery(@Nullable TenantId municipality, Set<Grade> grades, boolean ungraded, Set<CaseStatus> statuses,
		@Nullable String assignee, @Nullable Integer minAgeDays, @Nullable Integer maxAgeDays, @Nullable String text,
		boolean teamActionsWithoutConsent, InboxOrder order, int page, int size) {

	public static final int MAX_PAGE_SIZE = 100;

	public InboxQuery {
		grades = Set.copyOf(grades);
		statuses = Set.copyOf(statuses);
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidCaseDataException("inbox.page.invalid",
					"Pages start at 0 and hold 1 to " + MAX_PAGE_SIZE + " requests");
		}
	}

	/** The first page of the open requests, 20 per page. */
	public static InboxQuery openRequests() {
		return new InboxQuery(null, Set.of(), false, Set.of(), null, null, null, null, false, InboxOrder.URGENCY, 0, 20);
	}
}
