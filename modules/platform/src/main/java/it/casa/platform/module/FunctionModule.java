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

	private final Set<Part> lacking;

	private final Map<String, Set<Role>> rights;

	/**
	 * What a module brings unless it declares it lacks it: EveryModuleContractTests checks that each part it does not
	 * declare lacking is there, and that none it declares lacking is.
	 */
	private enum Part {
		SCREENS, MUNICIPAL_DATA, FIGURES, DEMO_DATA
	}

	private FunctionModule(String name, String italianName, String englishName, boolean onByDefault, Set<Part> lacking,
			Map<String, Set<Role>> rights) {
		this.name = name;
		this.italianName = italianName;
		this.englishName = englishName;
		this.onByDefault = onByDefault;
		this.lacking = lacking;
		this.rights = rights;
	}

	private FunctionModule lacking(Part part) {
		EnumSet<Part> more = EnumSet.of(part);
		more.addAll(lacking);
		return new FunctionModule(name, italianName, englishName, onByDefault, Collections.unmodifiableSet(more), rights);
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
		return new FunctionModule(name, italianName.strip(), englishName.strip(), false, Set.of(), Map.of());
	}

	/** Every municipality uses the module unless its tenant file (or an administrator) switches it off. */
	public FunctionModule onByDefault() {
		return new FunctionModule(name, italianName, englishName, true, lacking, rights);
	}

	/** The module has an API but no screens of its own in the web UI (no {@code web-ui/src/modules/<name>/}). */
	public FunctionModule withoutScreens() {
		return lacking(Part.SCREENS);
	}

	/**
	 * The module keeps nothing in a municipality's schema (no {@code db/changelog/tenant/<name>.sql}), only district-wide
	 * data; an ADR says why.
	 */
	public FunctionModule withoutMunicipalData() {
		return lacking(Part.MUNICIPAL_DATA);
	}

	/**
	 * The module adds no figures to Monitoring (no {@code FigureSource} bean in its package); a comment on the
	 * declaration says why.
	 */
	public FunctionModule withoutFigures() {
		return lacking(Part.FIGURES);
	}

	/**
	 * The module files no invented data for the demo profile (no {@link it.casa.platform.DemoData} bean in its
	 * package); a comment on the declaration says why.
	 */
	public FunctionModule withoutDemoData() {
		return lacking(Part.DEMO_DATA);
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
		return new FunctionModule(name, italianName, englishName, onByDefault, lacking, Collections.unmodifiableMap(more));
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
		return !lacking.contains(Part.SCREENS);
	}

	public boolean keepsMunicipalData() {
		return !lacking.contains(Part.MUNICIPAL_DATA);
	}

	public boolean hasFigures() {
		return !lacking.contains(Part.FIGURES);
	}

	public boolean hasDemoData() {
		return !lacking.contains(Part.DEMO_DATA);
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
