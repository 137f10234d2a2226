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
		Path file = write("melegnano", "id: melegnano\nname: Melegnano\nkind: municipality\nschema: tenant_melegnano\nmodules: [casework]\n");

		TenantDefinition tenant = TenantFiles.readOne(file, MODULES);

		assertThat(tenant).isEqualTo(new TenantDefinition(TenantId.of("melegnano"), "Melegnano",
				Tenant.Kind.MUNICIPALITY, "tenant_melegnano", Set.of("casework"), true));
	}

	@Test
	void missingFieldIsNamedWithTheFile() throws IOException {
		Path file = write("melegnano", "id: melegnano\nkind: municipality\nschema: tenant_melegnano\nmodules: []\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES))
			.hasMessageContaining(file.toString())
			.hasMessageContaining("field 'name'")
			.hasMessageContaining("missing");
	}

	@Test
	void unknownModuleIsNamedWithTheFile() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: M\nkind: municipality\nschema: tenant_m\nmodules: [casewrok]\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES))
			.hasMessageContaining(file.toString())
			.hasMessageContaining("field 'modules'")
			.hasMessageContaining("casewrok");
	}

	@Test
	void schemaThatIsNotASafeIdentifierIsRefused() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: M\nkind: municipality\nschema: \"x; DROP SCHEMA district\"\nmodules: []\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES)).hasMessageContaining("field 'schema'");
	}

	@Test
	void municipalityCannotTakeTheDistrictSchema() throws IOException {
		Path file = write("melegnano", "id: melegnano\nname: M\nkind: municipality\nschema: district\nmodules: []\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES)).hasMessageContaining("field 'schema'")
			.hasMessageContaining("reserved");
	}

	@Test
	void idMustMatchTheFileName() throws IOException {
		Path file = write("melegnano", "id: dresano\nname: M\nkind: municipality\nschema: tenant_m\nmodules: []\n");

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
		Path file = write("melegnano", "id: melegnano\nname: M\nkind: municipality\nschema: tenant_m\nmodules: []\nmodule: [casework]\n");

		assertThatThrownBy(() -> TenantFiles.readOne(file, MODULES)).hasMessageContaining("field 'module'")
			.hasMessageContaining("unknown field");
	}

	@Test
	void twoFilesWithTheSameSchemaAreRefused() throws IOException {
		write("district", "id: district\nname: D\nkind: district\nschema: district\nmodules: []\n");
		write("alpha", "id: alpha\nname: A\nkind: municipality\nschema: tenant_same\nmodules: []\n");
		write("beta", "id: beta\nname: B\nkind: municipality\nschema: tenant_same\nmodules: []\n");

		assertThatThrownBy(() -> TenantFiles.read(directory, MODULES)).hasMessageContaining("beta.yaml")
			.hasMessageContaining("field 'schema'")
			.hasMessageContaining("alpha.yaml");
	}

	@Test
	void exactlyOneDistrictIsRequired() throws IOException {
		write("alpha", "id: alpha\nname: A\nkind: municipality\nschema: tenant_alpha\nmodules: []\n");

		assertThatThrownBy(() -> TenantFiles.read(directory, MODULES)).hasMessageContaining("exactly one file of kind 'district'");
	}

	private Path write(String id, String content) throws IOException {
		return Files.writeString(directory.resolve(id + ".yaml"), content);
	}
}
