package it.casa.platform.tenancy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import it.casa.platform.module.FunctionModule;

/** The declared modules as tenancy needs them: their names, and which of them are on by default. */
record ModuleCatalogue(Set<String> known, Set<String> onByDefault) {

	ModuleCatalogue {
		known = Set.copyOf(known);
		onByDefault = Set.copyOf(onByDefault);
	}

	static ModuleCatalogue of(List<FunctionModule> modules) {
		return new ModuleCatalogue(modules.stream().map(FunctionModule::name).collect(Collectors.toSet()),
				modules.stream().filter(FunctionModule::isOnByDefault).map(FunctionModule::name).collect(Collectors.toSet()));
	}
}
