package it.casa.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import it.casa.platform.TenantId;
import it.casa.platform.database.ConnectionSettings;

/**
 * Modules on by default, a municipality's file naming only its exceptions, and an administrator's choice that
 * outlives both a file and a change of the defaults (docs/adr/0002, 0013): start-ups against a real PostgreSQL.
 */
class TenantModuleDefaultsTests {

	static final ModuleCatalogue TODAY = new ModuleCatalogue(Set.of("casework", "emergency", "rentfund"),
			Set.of("casework", "emergency"));

	static EmbeddedPostgres postgres;

	@TempDir
	Path tenants;

	@BeforeAll
	static void startDatabase() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		postgres.close();
	}

	@Test
	void defaultsReachEveryMunicipalityExceptWhereAFileOrAnAdministratorSaysOtherwise() throws Exception {
		write("district", "id: district\nname: D\nkind: district\nschema: district\n");
		write("alpha", "id: alpha\nname: Alpha\nkind: municipality\nschema: tenant_alpha\n");
		write("beta", "id: beta\nname: Beta\nkind: municipality\nschema: tenant_beta\nmodules: {enabled: [rentfund]}\n");
		write("gamma", "id: gamma\nname: Gamma\nkind: municipality\nschema: tenant_gamma\n");

		TenantRegistry registry = startUp(TODAY);
		assertThat(uses(registry, "alpha")).containsExactlyInAnyOrder("casework", "emergency");
		assertThat(uses(registry, "beta")).containsExactlyInAnyOrder("casework", "emergency", "rentfund");

		// An administrator gives Gamma case work only.
		TenantRegistry running = new TenantRegistry(store(TODAY));
		running.reload();
		provisioning(TODAY, running).changeMunicipality(TenantId.of("gamma"), "Gamma", Set.of("casework"), true,
				store(TODAY).find(TenantId.of("gamma")).orElseThrow().version());

		// Next release: a new module "hub" on by default; Alpha's file switches emergency off, Gamma's rent fund on.
		write("alpha", "id: alpha\nname: Alpha\nkind: municipality\nschema: tenant_alpha\nmodules: {disabled: [emergency]}\n");
		write("gamma", "id: gamma\nname: Gamma\nkind: municipality\nschema: tenant_gamma\nmodules: {enabled: [rentfund]}\n");
		ModuleCatalogue later = new ModuleCatalogue(Set.of("casework", "emergency", "rentfund", "hub"),
				Set.of("casework", "emergency", "hub"));

		TenantRegistry restarted = startUp(later);
		assertThat(uses(restarted, "alpha")).containsExactlyInAnyOrder("casework", "hub");
		assertThat(uses(restarted, "beta")).containsExactlyInAnyOrder("casework", "emergency", "rentfund", "hub");
		// The administrator's choice wins over the file; the module that did not exist then follows its default.
		assertThat(uses(restarted, "gamma")).containsExactlyInAnyOrder("casework", "hub");
	}

	private TenantRegistry startUp(ModuleCatalogue catalogue) throws SQLException {
		TenantRegistry registry = new TenantRegistry(store(catalogue));
		provisioning(catalogue, registry).startUp(tenants);
		return registry;
	}

	private TenantProvisioning provisioning(ModuleCatalogue catalogue, TenantRegistry registry) {
		return new TenantProvisioning(new SchemaMigrator(settings()), store(catalogue), registry, catalogue);
	}

	private static TenantStore store(ModuleCatalogue catalogue) {
		return new TenantStore(settings(), catalogue);
	}

	private static ConnectionSettings settings() {
		return new ConnectionSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
	}

	private static Set<String> uses(TenantRegistry registry, String id) {
		return registry.find(TenantId.of(id)).orElseThrow().enabledModules();
	}

	private void write(String id, String content) throws IOException {
		Files.writeString(tenants.resolve(id + ".yaml"), content);
	}
}
