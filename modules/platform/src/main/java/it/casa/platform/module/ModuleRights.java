package it.casa.platform.module;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import it.casa.platform.CurrentUser;
import it.casa.platform.Role;

/**
 * The rights of every declared module, and who holds them: the one source of the {@code <module>:<right>} authorities
 * that {@code @PreAuthorize} rules check (Spring Security reaches them from the user's roles through the role hierarchy
 * this class backs) and of the rights {@code /api/platform/me} lists. Code that decides on a right outside a
 * {@code @PreAuthorize} rule (a district view, a visibility) asks {@link #allows} with the same authority.
 */
public final class ModuleRights {

	private final List<FunctionModule> modules;

	private final Map<Role, Set<String>> authoritiesByRole;

	ModuleRights(Collection<FunctionModule> declared) {
		Map<String, FunctionModule> byName = new HashMap<>();
		for (FunctionModule module : declared) {
			if (byName.putIfAbsent(module.name(), module) != null) {
				throw new IllegalStateException("Two modules are declared as '" + module.name() + "'");
			}
		}
		this.modules = declared.stream().sorted(Comparator.comparing(FunctionModule::name)).toList();
		Map<Role, Set<String>> authorities = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			Set<String> held = new LinkedHashSet<>();
			for (FunctionModule module : modules) {
				module.rightsOf(Set.of(role)).forEach(right -> held.add(module.authority(right)));
			}
			authorities.put(role, Set.copyOf(held));
		}
		this.authoritiesByRole = Map.copyOf(authorities);
	}

	/** The declared modules, by name. */
	public List<FunctionModule> modules() {
		return modules;
	}

	/** Whether the user's roles hold {@code authority}, e.g. {@code emergency:district}. */
	public boolean allows(CurrentUser user, String authority) {
		return user.roles().stream().anyMatch(role -> authoritiesByRole.get(role).contains(authority));
	}

	/** The rights the user's roles hold in {@code module}, in the module's declaration order; empty if none. */
	public List<String> rightsIn(FunctionModule module, CurrentUser user) {
		return module.rightsOf(user.roles());
	}

	/**
	 * What Spring Security's role hierarchy answers: the granted authorities plus the rights their {@code ROLE_}
	 * authorities hold.
	 */
	Collection<GrantedAuthority> reachable(Collection<? extends GrantedAuthority> granted) {
		List<GrantedAuthority> reachable = new ArrayList<>(granted);
		Set<String> added = new LinkedHashSet<>();
		for (GrantedAuthority authority : granted) {
			String name = authority.getAuthority();
			for (Role role : Role.values()) {
				if (role.authority().equals(name)) {
					added.addAll(authoritiesByRole.get(role));
				}
			}
		}
		added.forEach(right -> reachable.add(new SimpleGrantedAuthority(right)));
		return reachable;
	}
}
