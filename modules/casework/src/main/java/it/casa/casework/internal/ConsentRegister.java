package it.casa.casework.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import it.casa.platform.module.DistrictClock;
import it.casa.casework.ConsentChecks;
import it.casa.casework.ConsentScope;
import it.casa.casework.HouseholdId;
import it.casa.casework.Recipient;

/**
 * The one place that decides whether a household's consent covers a scope today, for case work's own checks and for
 * every module through {@link ConsentChecks}. It reads {@code district.casework_consent}, the copy of each household's
 * consent that {@link #copy} writes in the same transaction as the consent itself: so a withdrawal counts from its
 * commit, in the household's municipality (whose role sees its own rows) and in the district's context alike.
 */
@Component
class ConsentRegister implements ConsentChecks {

	private final JdbcTemplate jdbc;

	private final DistrictClock clock;

	ConsentRegister(JdbcTemplate jdbc, DistrictClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean maySee(Recipient recipient, HouseholdId household, String purpose) {
		return inForce(household, recipient.scope());
	}

	/** Whether the household's consent to {@code scope} is in force today. */
	boolean inForce(HouseholdId household, ConsentScope scope) {
		Boolean inForce = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM district.casework_consent c WHERE "
				+ IN_FORCE.formatted("?") + ")", Boolean.class, household.value(), scope.name(), Date.valueOf(today()));
		return Boolean.TRUE.equals(inForce);
	}

	/**
	 * The condition "the consent of the household in {@code householdColumn} covers the scope today", for queries of
	 * lists (the autonomy team's inbox, the cases whose team actions lack consent); its arguments follow in
	 * {@link #conditionArguments}.
	 */
	String condition(String householdColumn) {
		return "EXISTS (SELECT 1 FROM district.casework_consent c WHERE " + IN_FORCE.formatted(householdColumn) + ")";
	}

	List<Object> conditionArguments(ConsentScope scope) {
		return List.of(scope.name(), Date.valueOf(today()));
	}

	/** Copies the household's consent, scope by scope, where the checks read it; in the caller's transaction. */
	void copy(HouseholdConsent consent) {
		for (ConsentScope scope : ConsentScope.values()) {
			Optional<LocalDate> lastDay = consent.lastDayOf(scope);
			jdbc.update("""
					INSERT INTO district.casework_consent (household_id, scope, in_force_until) VALUES (?, ?, ?)
					ON CONFLICT (household_id, scope) DO UPDATE SET in_force_until = EXCLUDED.in_force_until""",
					consent.id().value(), scope.name(), lastDay.map(Date::valueOf).orElse(null));
		}
	}

	private LocalDate today() {
		return clock.today();
	}

	/** In force: given (a last day), not withdrawn (withdrawal clears it) and not past its last day. */
	private static final String IN_FORCE = "c.household_id = %s AND c.scope = ? AND c.in_force_until >= ?";
}
