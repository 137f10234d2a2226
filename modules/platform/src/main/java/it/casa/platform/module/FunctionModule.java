package it.casa.platform.module;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import it.casa.platform.CurrentUser;
import it.casa.platform.Role;

/**
 * A function module (casework, emergency, ...) as it declares itself to the platform, once, as a bean of its root
 * package. Everything the platform knows of a module comes from here: tenant files and the administrators' API accept
 * only declared names; a module {@linkplain #onByDefault() on by default} is used by every municipality whose file does
 * not switch it off; a module's API ({@code /api/<name>/...}) is hidden from tenants that do not use it; a user sees
 * the module when their roles hold at least one of its rights.
 * <p>
 * A right is what a role may do in the module, e.g. {@code write}. Its authority, {@code <module>:<right>} (e.g.
 * {@code casework:write}), is what the module's {@code @PreAuthorize("hasAuthority('casework:write')")} rules check and
 * what {@code /api/platform/me} lists for the user: both are derived from this declaration, so they cannot disagree.
 * Declarations are immutable; each method returns a new one:
 * <pre>{@code
 * FunctionModule.named("emergency", "Pronto intervento", "Emergency")
 *     .onByDefault()
 *     .right("work", Role.MUNICIPAL_OPERATOR, Role.AGENCY_OPERATOR)
 *     .right("district", Role.AGENCY_OPERATOR)
 * }</pre>
 */
public final class FunctionModule {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{1,30}");

	private static final Pattern RIGHT = Pattern.compile("[a-z][a-zA-Z]{1,30}");

	private final String name;

	private final String italianName;

	private final String englishName;

	private final boolean onByDefault;

	private final boolean screens;

	private final boolean municipalData;

	private final Map<String, Set<Role>> rights;

	private FunctionModule(String name, String italianName, String englishName, boolean onByDefault, boolean screens,
			boolean municipalData, Map<String, Set<Role>> rights) {
		this.name = name;
		this.italianName = italianName;
		this.englishName = englishName;
		this.onByDefault = onByDefault;
		this.screens = screens;
		this.municipalData = municipalData;
		this.rights = rights;
	}

	/**
	 * A module with no rights yet, off unless a tenant switches it on, with screens and data in each municipality.
	 *
	 * @param name the module's key: lower-case letters and digits, the second segment of its API paths
	 *     ({@code /api/<name>/...}), its folder in {@code web-ui/src/modules/} and its changelogs' file name
	 * @param italianName how the UI names it in Italian (the module's {@code module.name} text), e.g. "Presa in carico"
	 * @param englishName the same in English, e.g. "Case work"
	 */
	public static FunctionModule named(String name, String italianName, String englishName) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A module's name is 2-31 lower-case letters and digits: '" + name + "'");
		}
		if (italianName.isBlank() || englishName.isBlank()) {
			throw new IllegalArgumentException("Module " + name + " needs a name in Italian and in English");
		}
		return new FunctionModule(name, italianName.strip(), englishName.strip(), false, true, true, Map.of());
	}

	/** Every municipality uses the module unless its tenant file (or an administrator) switches it off. */
	public FunctionModule onByDefault() {
		return new FunctionModule(name, italianName, englishName, true, screens, municipalData, rights);
	}

	/** The module has an API but no screens of its own in the web UI (no {@code web-ui/src/modules/<name>/}). */
	public FunctionModule withoutScreens() {
		return new FunctionModule(name, italianName, englishName, onByDefault, false, municipalData, rights);
	}

	/**
	 * The module keeps nothing in a municipality's schema (no {@code db/changelog/tenant/<name>.sql}), only district-wide
	 * data; an ADR says why.
	 */
	public FunctionModule withoutMunicipalData() {
		return new FunctionModule(name, italianName, englishName, onByDefault, screens, false, rights);
	}

	/**
	 * Declares a right and the roles that hold it.
	 *
	 * @param right what the roles may do, a lower-camel-case word such as {@code write}; checked as the authority
	 *     {@code <module>:<right>}
	 */
	public FunctionModule right(String right, Role role, Role... moreRoles) {
		if (!RIGHT.matcher(right).matches()) {
			throw new IllegalArgumentException("A right is a lower-camel-case word: '" + right + "'");
		}
		if (rights.containsKey(right)) {
			throw new IllegalArgumentException("Module " + name + " declares the right '" + right + "' twice");
		}
		Map<String, Set<Role>> more = new LinkedHashMap<>(rights);
		more.put(right, Set.copyOf(EnumSet.of(role, moreRoles)));
		return new FunctionModule(name, italianName, englishName, onByDefault, screens, municipalData,
				Collections.unmodifiableMap(more));
	}

	public String name() {
		return name;
	}

	public String italianName() {
		return italianName;
	}

	public String englishName() {
		return englishName;
	}

	public boolean isOnByDefault() {
		return onByDefault;
	}

	public boolean hasScreens() {
		return screens;
	}

	public boolean keepsMunicipalData() {
		return municipalData;
	}

	/** The declared rights (in declaration order) and the roles holding each. */
	public Map<String, Set<Role>> rights() {
		return rights;
	}

	/** The authority of one of this module's rights, e.g. {@code casework:write}. */
	public String authority(String right) {
		if (!rights.containsKey(right)) {
			throw new IllegalArgumentException("Module " + name + " declares no right '" + right + "'");
		}
		return name + ":" + right;
	}

	/** The rights that any of {@code roles} holds, in declaration order. */
	public List<String> rightsOf(Collection<Role> roles) {
		return rights.entrySet()
			.stream()
			.filter(right -> right.getValue().stream().anyMatch(roles::contains))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Whether the user may use the module at all: their roles hold at least one of its rights. */
	public boolean openTo(CurrentUser user) {
		return !rightsOf(user.roles()).isEmpty();
	}

	@Override
	public String toString() {
		return "FunctionModule[" + name + ", rights " + rights + "]";
	}
}
