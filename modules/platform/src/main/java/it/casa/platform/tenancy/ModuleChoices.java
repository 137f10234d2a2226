package it.casa.platform.tenancy;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which modules a tenant uses, as its exceptions to the modules' defaults: a module is used where it is on by default
 * (its declaration says so) unless the tenant switches it off, and where the tenant switches it on. A choice pins the
 * module whatever its default becomes later; a module the tenant names in neither list follows its default, so a new
 * module that is on by default reaches every municipality without a change to their files.
 *
 * @param switchedOn modules used here even if off by default
 * @param switchedOff modules not used here even if on by default
 */
record ModuleChoices(Set<String> switchedOn, Set<String> switchedOff) {

	/** No exceptions: the defaults. */
	static final ModuleChoices DEFAULTS = new ModuleChoices(Set.of(), Set.of());

	ModuleChoices {
		switchedOn = Set.copyOf(switchedOn);
		switchedOff = Set.copyOf(switchedOff);
		Set<String> both = new TreeSet<>(switchedOn);
		both.retainAll(switchedOff);
		if (!both.isEmpty()) {
			throw new IllegalArgumentException("Modules switched both on and off: " + both);
		}
	}

	/**
	 * An administrator's choice of exactly {@code chosen}: every module declared today is pinned on or off, so that a
	 * later change of a default does not undo it (docs/adr/0002, 0013); modules declared later follow their default.
	 */
	static ModuleChoices exactly(Set<String> chosen, ModuleCatalogue catalogue) {
		Set<String> off = new HashSet<>(catalogue.known());
		off.removeAll(chosen);
		return new ModuleChoices(chosen, off);
	}

	/** The modules used: the defaults, plus those switched on, minus those switched off, of the declared ones. */
	Set<String> applyTo(ModuleCatalogue catalogue) {
		Set<String> used = new HashSet<>(catalogue.onByDefault());
		used.addAll(switchedOn);
		used.removeAll(switchedOff);
		used.retainAll(catalogue.known());
		return Set.copyOf(used);
	}
}
