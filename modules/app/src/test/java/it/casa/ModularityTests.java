package it.casa;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CasaApplication.class);

	@Test
	void verifiesModularStructure() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		// Into the repository's docs/, so the diagrams in review always match the code.
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../../docs/modules"))
			.writeDocumentation();
	}
}
