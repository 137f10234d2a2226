package it.casa.platform.security;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.TenantContext;

/** The colleagues a case worker can name as an action's owner or a case's operator. */
@RestController
class StaffController {

	private final CurrentUsers users;

	private final StaffDirectory directory;

	StaffController(CurrentUsers users, StaffDirectory directory) {
		this.users = users;
		this.directory = directory;
	}

	/**
	 * The agency's operators, the autonomy teams and, inside a municipality, its operators: those who have opened
	 * CASA at least once. Case workers only (403 for other roles).
	 */
	@GetMapping("/api/platform/staff")
	List<StaffDirectory.StaffMember> caseWorkers() {
		CurrentUser user = users.require();
		if (StaffDirectory.CASE_WORKERS.stream().noneMatch(user::has)) {
			throw new AccessDeniedException("Only case workers list their colleagues");
		}
		return directory.caseWorkers(TenantContext.current().orElse(null));
	}
}
