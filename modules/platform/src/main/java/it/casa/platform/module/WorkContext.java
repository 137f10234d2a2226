package it.casa.platform.module;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import it.casa.platform.CurrentUser;
import it.casa.platform.StaffRef;
import it.casa.platform.TenantId;

/**
 * Who does a piece of work, in which municipality and when. Services take it from {@link WorkContexts} once per call
 * and hand it to their aggregates as an argument, so that aggregates stay plain objects that read no thread-locals.
 *
 * @param now the instant of the work, for audit stamps and deadlines
 * @param today the date in the district's time zone ({@link DistrictClock#ZONE}), for ages, deadlines and request
 *     dates
 */
public record WorkContext(TenantId tenant, CurrentUser user, Instant now, LocalDate today) {

	/** The user as recorded on what they change. */
	public StaffRef staff() {
		return StaffRef.of(user);
	}

	/**
	 * The same moment and municipality, done by CASA itself applying a rule: what it records is stamped
	 * {@link StaffRef#CASA}, not the person whose action set the rule off.
	 */
	public WorkContext asRule() {
		return new WorkContext(tenant, new CurrentUser(StaffRef.CASA.userId(), StaffRef.CASA.displayName(), Set.of(), null,
				null), now, today);
	}

	/** The same work dated {@code day}: a paper request entered later carries the day it was received. */
	public WorkContext dated(LocalDate day) {
		return new WorkContext(tenant, user, now, day);
	}
}
