package it.casa.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import it.casa.platform.Tenant;
import it.casa.platform.TenantId;

class TenantFilesTests {

	static final Set<String> MODULES = Set.of("casework", "emergency");

	@TempDir
	Path directory;

	@Test
	void readsTheProjectsOwnTenantFiles() {
		List<TenantDefinition> tenants = TenantFiles.read(Path.of(System.getProperty("casa.tenants.directory")),
				Set.of("casework", "emergency", "monitoring"));

		assertThat(tenants).hasSize(10);
		assertThat(tenants).filteredOn(t -> t.kind() == Tenant.Kind.MUNICIPALITY)
			.extracting(t -> t.id().value())
			.containsExactlyInAnyOrder("san-giuliano-milanese", "san-donato-milanese", "melegnano", "vizzolo-predabissi",
					"colturano", "cerro-al-lambro", "dresano", "san-zenone-al-lambro", "carpiano");
	}

	@Test
	void readsAWellFormedMunicipality() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: Melegnano\nkind: municipality\nschema: tenant_melegnano\n");

		TenantDefinition tenant = TenantFiles.readOne(file, MODULES);

		assertThat(tenant).isEqualTo(new TenantDefinition(TenantId.of("melegnano"), "Melegnano",
				Tenant.Kind.MUNICIPALITY, "tenant_melegnano", ModuleChoices.DEFAULTS, true));
	}

	@Test
	void aMunicipalityNamesOnlyItsExceptionsToTheModulesDefaults() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: Melegnano\nkind: municipality\nschema: tenant_melegnano\n"
				+ "modules:\n  enabled: [casework]\n  disabled: [emergency]\n");

		TenantDefinition tenant = TenantFiles.readOne(file, MODULES);

		assertThat(tenant.modules()).isEqualTo(new ModuleChoices(Set.of("casework"), Set.of("emergency")));
	}

	@Test
	void aListOfEveryModuleIsRefusedWithTheNewShape() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: M\nkind: municipality\nschema: tenant_m\nmodules: [casework]\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES)).hasMessageContaining("field 'modules'")
			.hasMessageContaining("only the exceptions")
			.hasMessageContaining("{disabled: [emergency]}");
	}

	@Test
	void aModuleBothEnabledAndDisabledIsRefused() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: M\nkind: municipality\nschema: tenant_m\n"
				+ "modules: {enabled: [casework], disabled: [casework]}\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES)).hasMessageContaining("'casework' is both enabled and disabled");
	}

	@Test
	void missingFieldIsNamedWithTheFile() throws IOException {
		Path file = write("melegnano", "id: melegnano\nkind: municipality\nschema: tenant_melegnano\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES))
			.hasMessageContaining(file.toString())
			.hasMessageContaining("field 'name'")
			.hasMessageContaining("missing");
	}

	@Test
	void unknownModuleIsNamedWithTheFile() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: M\nkind: municipality\nschema: tenant_m\nmodules: {disabled: [casewrok]}\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES))
			.hasMessageContaining(file.toString())
			.hasMessageContaining("field 'modules.disabled'")
			.hasMessageContaining("casewrok");
	}

	@Test
	void schemaThatIsNotASafeIdentifierIsRefused() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: M\nkind: municipality\nschema: \"x; DROP SCHEMA district\"\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES)).hasMessageContaining("field 'schema'");
	}

	@Test
	void municipalityCannotTakeTheDistrictSchema() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: M\nkind: municipality\nschema: district\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES)).hasMessageContaining("field 'schema'")
			.hasMessageContaining("reserved");
	}

	@Test
	void idMustMatchTheFileName() throws IOException {
		Path file = write("melegnano", "id: dresano\nname: M\nkind: municipality\nschema: tenant_m\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES)).hasMessageContaining("field 'id'")
			.hasMessageContaining("melegnano.yaml");
	}

	@Test
	void invalidYamlNamesTheFile() throws IOException {
		Path file = write("melegnano", "id: [unclosed\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES)).hasMessageContaining(file.toString())
			.hasMessageContaining("not valid YAML");
	}

	@Test
	void unknownFieldIsRefusedRatherThanIgnored() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: M\nkind: municipality\nschema: tenant_m\nmodule: [casework]\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES)).hasMessageContaining("field 'module'")
			.hasMessageContaining("unknown field");
	}

	@Test
	void twoFilesWithTheSameSchemaAreRefused() throws IOException {
		write("district", "id: district\nname: D\nkind: district\nschema: district\n");
		write("alpha", "id: alpha\nname: A\nkind: municipality\nschema: tenant_same\n");
		write("beta", "id: beta\nname: B\nkind: municipality\nschema: tenant_same\n");

		assertThatThrownBy(() -> TenantFiles.read(directory, MODULES)).hasMessageContaining("beta.yaml")
			.hasMessageContaining("field 'schema'")
			.hasMessageContaining("alpha.yaml");
	}

	@Test
	void exactlyOneDistrictIsRequired() throws IOException {
		write("alpha", "id: alpha\nname: A\nkind: municipality\nschema: tenant_alpha\n");

		assertThatThrownBy(() -> TenantFiles.read(directory, MODULES)).hasMessageContaining("exactly one file of kind 'district'");
	}

	private Path write(String id, String content) throws IOException {
		return Files.writeString(directory.resolve(id + ".yaml"), content);
	}
}
