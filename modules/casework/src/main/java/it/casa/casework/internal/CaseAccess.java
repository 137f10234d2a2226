package it.casa.casework.internal;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import it.casa.casework.CaseId;
import it.casa.casework.ConsentScope;
import it.casa.casework.HouseholdId;
import it.casa.platform.CurrentUser;
import it.casa.platform.RecordNotFoundException;
import it.casa.platform.Role;
import it.casa.platform.StaleVersionException;
import it.casa.platform.module.WorkContext;
import it.casa.platform.module.WorkContexts;

/**
 * Which cases the current user may see inside the current municipality. The role checks themselves are on the
 * service interfaces; this adds what depends on the record: autonomy-team operators see a case only while they own
 * one of its project's actions and the household's consent to the autonomy team is in force (the check is
 * {@link ConsentRegister}'s). A case they may not see is "not found", like one of another municipality.
 */
@Component
class CaseAccess {

	/** The agency's steps that are decided in code rather than by {@code @PreAuthorize}: the district inbox, agency-only notes. */
	static final String TRIAGE = "casework:triage";

	private final WorkContexts works;

	private final CaseFiles cases;

	private final JdbcTemplate jdbc;

	private final ConsentRegister consents;

	CaseAccess(WorkContexts works, CaseFiles cases, JdbcTemplate jdbc, ConsentRegister consents) {
		this.works = works;
		this.cases = cases;
		this.jdbc = jdbc;
		this.consents = consents;
	}

	/** The work context of this request: the municipality (required), the user and the time. */
	WorkContext work() {
		return works.current();
	}

	/** Whether the user sees only the cases assigned to them (autonomy-team operators without another role). */
	static boolean seesOnlyAssignedCases(CurrentUser user) {
		return !user.has(Role.MUNICIPAL_OPERATOR) && !user.has(Role.AGENCY_OPERATOR)
				&& user.has(Role.AUTONOMY_TEAM_OPERATOR);
	}

	CaseFile readable(WorkContext work, CaseId id) {
		CaseFile file = cases.findById(id.value()).orElseThrow(() -> new RecordNotFoundException("case"));
		requireVisible(work, file);
		return file;
	}

	/** The case, if it is at {@code expectedVersion}; the user's role was checked by the caller. */
	CaseFile writable(WorkContext work, CaseId id, long expectedVersion) {
		CaseFile file = readable(work, id);
		StaleVersionException.requireVersion("case", file.version(), expectedVersion);
		return file;
	}

	void requireVisible(WorkContext work, CaseFile file) {
		if (seesOnlyAssignedCases(work.user())
				&& !(ownsAnActionOf(work, file.id().value()) && teamMaySee(file.householdId()))) {
			throw new RecordNotFoundException("case");
		}
	}

	void requireHouseholdVisible(WorkContext work, HouseholdId id) {
		if (seesOnlyAssignedCases(work.user())) {
			if (!teamMaySee(id)) {
				throw new RecordNotFoundException("household");
			}
			Boolean owns = jdbc.queryForObject("""
					SELECT EXISTS (SELECT 1 FROM project_action a JOIN case_file c ON c.id = a.case_id
					               WHERE c.household_id = ? AND a.owner_user_id = ?)""", Boolean.class, id.value(),
					work.user().userId());
			if (!Boolean.TRUE.equals(owns)) {
				throw new RecordNotFoundException("household");
			}
		}
	}

	/** The household consented to the autonomy team, and the consent is in force now. */
	private boolean teamMaySee(HouseholdId household) {
		return consents.inForce(household, ConsentScope.AUTONOMY_TEAM);
	}

	private boolean ownsAnActionOf(WorkContext work, UUID caseId) {
		Boolean owns = jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM project_action WHERE case_id = ? AND owner_user_id = ?)", Boolean.class,
				caseId, work.user().userId());
		return Boolean.TRUE.equals(owns);
	}
}
