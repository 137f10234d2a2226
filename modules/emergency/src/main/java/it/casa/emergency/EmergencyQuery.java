package it.casa.emergency;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * Which emergencies to list. Empty sets and nulls mean "any".
 *
 * @param municipality in the district view, only this municipality (ignored inside a municipality)
 * @param statuses only these statuses; by default every status
 * @param overdueOnly only emergencies with an overdue checklist item
 * @param calledFrom only calls at or after this instant
 * @param calledBefore only calls before this instant
 */
public record EmergencyQuery(@Nullable TenantId municipality, Set<EmergencyStatus> statuses,
		Set<ProblemType> problemTypes, boolean overdueOnly, @Nullable Instant calledFrom, @Nullable Instant calledBefore,
		int page, int size) {

	public static final int MAX_PAGE_SIZE = 100;

	/** @throws InvalidEmergencyDataException {@code list.page.invalid} */
	public EmergencyQuery {
		statuses = Set.copyOf(statuses);
		problemTypes = Set.copyOf(problemTypes);
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidEmergencyDataException("list.page.invalid",
					"Pages start at 0 and hold 1 to " + MAX_PAGE_SIZE + " emergencies");
		}
	}

	/** The first page of every emergency, 20 per page. */
	public static EmergencyQuery all() {
		return new EmergencyQuery(null, Set.of(), Set.of(), false, null, null, 0, 20);
	}
}
