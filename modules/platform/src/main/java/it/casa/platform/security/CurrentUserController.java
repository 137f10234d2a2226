package it.casa.platform.security;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.OrganisationKind;
import it.casa.platform.Organisations;
import it.casa.platform.Role;
import it.casa.platform.Tenant;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantDirectory;
import it.casa.platform.module.ModuleRights;

/**
 * Tells the user interface who is logged in, which municipalities they may act in, and which modules to show:
 * those the current municipality uses (or, in the district view, any municipality uses) and their roles open, each
 * with the rights the user holds in it (from the modules' declarations, as the server's own checks).
 * Asking also puts the user in the {@link StaffDirectory}.
 */
@RestController
class CurrentUserController {

	private final CurrentUsers users;

	private final TenantDirectory tenants;

	private final ModuleRights rights;

	private final StaffDirectory staff;

	private final Organisations organisations;

	CurrentUserController(CurrentUsers users, TenantDirectory tenants, ModuleRights rights, StaffDirectory staff,
			Organisations organisations) {
		this.users = users;
		this.tenants = tenants;
		this.rights = rights;
		this.staff = staff;
		this.organisations = organisations;
	}

	@GetMapping("/api/platform/me")
	Me me() {
		CurrentUser user = users.require();
		// The moment a person becomes a colleague others can name (the directory skips repeated, unchanged visits).
		staff.seen(user);
		boolean canChoose = user.isAgencyStaff() || user.has(Role.AUTONOMY_TEAM_OPERATOR);
		List<Tenant> reachable = canChoose ? tenants.activeMunicipalities()
				: user.boundTenant() == null ? List.of()
						: tenants.find(user.boundTenant()).filter(Tenant::enabled).stream().toList();
		// A partner's people never act in a municipality, yet work for the district's modules (Free Market's offers):
		// a module is theirs to open when any active municipality uses it.
		List<Tenant> modulesFrom = user.organisation() != null && reachable.isEmpty() ? tenants.activeMunicipalities()
				: reachable;
		Stream<Tenant> inScope = TenantContext.current()
			.flatMap(tenants::find)
			.map(Stream::of)
			.orElseGet(modulesFrom::stream);
		List<String> enabledInScope = inScope.flatMap(tenant -> tenant.enabledModules().stream()).distinct().toList();
		List<ModuleView> visible = rights.modules()
			.stream()
			.filter(module -> enabledInScope.contains(module.name()) && module.openTo(user))
			.map(module -> new ModuleView(module.name(), rights.rightsIn(module, user)))
			.toList();
		return new Me(user.userId(), user.displayName(), user.roles().stream().sorted().toList(),
				user.boundTenant() == null ? null : user.boundTenant().value(), canChoose,
				TenantContext.current().map(Object::toString).orElse(null),
				reachable.stream().map(tenant -> new TenantOption(tenant.id().value(), tenant.displayName())).toList(),
				visible, organisations.of(user)
					.map(organisation -> new MeOrganisation(organisation.id().value(), organisation.name(),
							organisation.kind()))
					.orElse(null));
	}

	/** @param organisation the partner organisation the user works for; null for the agency's and municipal staff */
	record Me(String userId, String displayName, List<Role> roles, @Nullable String boundTenant,
			boolean canChooseTenant, @Nullable String currentTenant, List<TenantOption> tenants, List<ModuleView> modules,
			@Nullable MeOrganisation organisation) {
	}

	record MeOrganisation(String id, String name, OrganisationKind kind) {
	}

	record TenantOption(String id, String name) {
	}

	/**
	 * A module the user may open here, and what they may do in it.
	 *
	 * @param rights the module's rights the user's roles hold, e.g. {@code write}: the same rights the server checks
	 */
	record ModuleView(String name, List<String> rights) {
	}
}
