package it.casa.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import it.casa.platform.TenantDirectory;
import it.casa.platform.TenantId;

/**
 * The files of {@code rules/} against what is stored: a new file becomes an adopted version, a shipped version's file
 * may not change, a file never overwrites what an administrator adopted, and municipal rule sets are per municipality.
 */
@SpringBootTest
class ShippedRulesTests {

	static final Path RULES = Path.of(System.getProperty("casa.rules.directory", "../../rules"));

	@Autowired
	RuleStore store;

	@Autowired
	DatabaseRuleBook book;

	@Autowired
	TenantDirectory tenants;

	@TempDir
	Path rules;

	@Test
	void aShippedVersionWhoseFileChangedStopsStartUpNamingTheFile() throws IOException {
		Path folder = copyOfMisuraUnica();
		Path file = folder.resolve("2022-dgr-xi-6970.yaml");
		Files.writeString(file, Files.readString(file).replace("value: 26000,", "value: 26500,"));

		assertThatThrownBy(() -> new ShippedRules(store, tenants).load(rules)).hasMessageContaining(file.toString())
			.hasMessageContaining("never edited");
	}

	@Test
	void aFileNeverOverwritesAVersionAnAdministratorAdoptedUnderTheSameKey() throws IOException {
		String key = "2037-" + UUID.randomUUID().toString().substring(0, 8);
		RuleVersion shipped = book.versions(RuleSetId.of("misura-unica"))
			.stream()
			.filter(version -> version.key().equals("2022-dgr-xi-6970"))
			.findFirst()
			.orElseThrow();
		RuleContent adoptedContent = new RuleContent(shipped.content().act(), LocalDate.of(2037, 1, 1), null,
				shipped.content().parameters(), shipped.content().criteria(), shipped.content().decision());
		RuleVersionId adopted = store.insert(RuleSetId.of("misura-unica"), null, key, adoptedContent,
				RuleVersion.Origin.ADMINISTRATOR, "agenzia.admin", true);
		Path folder = copyOfMisuraUnica();
		Files.writeString(folder.resolve(key + ".yaml"), Files.readString(folder.resolve("2022-dgr-xi-6970.yaml"))
			.replace("effectiveFrom: 2022-09-19", "effectiveFrom: 2037-02-01"));

		new ShippedRules(store, tenants).load(rules);
		book.reload();

		RuleVersion kept = book.version(adopted);
		assertThat(kept.origin()).isEqualTo(RuleVersion.Origin.ADMINISTRATOR);
		assertThat(kept.content().effectiveFrom()).isEqualTo(LocalDate.of(2037, 1, 1));
		assertThat(book.versions(RuleSetId.of("misura-unica"))).filteredOn(version -> version.key().equals(key)).hasSize(1);
	}

	@Test
	void aMunicipalRuleSetHasVersionsPerMunicipality() throws IOException {
		String id = "local-bonus-" + UUID.randomUUID().toString().substring(0, 6);
		Path folder = Files.createDirectories(rules.resolve(id));
		Files.writeString(folder.resolve("rule-set.yaml"), """
				id: %s
				name: { it: "Bonus locale", en: "Local bonus" }
				scope: municipality
				facts:
				  isee: { type: number, unit: euro, label: { it: "ISEE", en: "ISEE" } }
				outcomes:
				  eligible: { it: "Ammissibile", en: "Eligible" }
				  not-eligible: { it: "Non ammissibile", en: "Not eligible" }
				""".formatted(id));
		Files.writeString(folder.resolve("2026-melegnano.yaml"), """
				ruleSet: %s
				municipality: melegnano
				act: { kind: municipal-resolution, number: "GC 12/2026", date: 2026-01-15, body: "Giunta comunale di Melegnano" }
				effectiveFrom: 2026-02-01
				parameters:
				  maxIsee: { unit: euro, value: 15000, label: { it: "ISEE massimo", en: "Maximum ISEE" } }
				criteria:
				  - { id: iseeWithinCeiling, fact: isee, atMost: maxIsee, label: { it: "ISEE entro il massimo", en: "ISEE within the ceiling" } }
				decision:
				  - { outcome: eligible, when: iseeWithinCeiling }
				  - { outcome: not-eligible }
				""".formatted(id));

		new ShippedRules(store, tenants).load(rules);
		book.reload();

		RuleSetId ruleSet = RuleSetId.of(id);
		LocalDate day = LocalDate.of(2026, 3, 1);
		assertThat(book.inForce(ruleSet, TenantId.of("melegnano"), day).key()).isEqualTo("2026-melegnano");
		assertThat(book.evaluate(ruleSet, TenantId.of("melegnano"), day, Facts.builder().number("isee", 14000).build())
			.outcome()).isEqualTo("eligible");
		assertThatThrownBy(() -> book.inForce(ruleSet, TenantId.of("san-donato-milanese"), day))
			.isInstanceOf(NoVersionInForceException.class);
	}

	@Test
	void aMunicipalVersionNamingAnUnknownMunicipalityIsRefused() throws IOException {
		Path folder = Files.createDirectories(rules.resolve("local-rent"));
		Files.writeString(folder.resolve("rule-set.yaml"), """
				id: local-rent
				name: { it: "Canone locale", en: "Local rent" }
				scope: municipality
				facts:
				  isee: { type: number, unit: euro, label: { it: "ISEE", en: "ISEE" } }
				outcomes:
				  allowed: { it: "Ammesso", en: "Allowed" }
				  refused: { it: "Escluso", en: "Refused" }
				""");
		Path version = folder.resolve("2026.yaml");
		Files.writeString(version, """
				ruleSet: local-rent
				municipality: atlantide
				act: { kind: municipal-resolution, number: "1/2026", date: 2026-01-15, body: "Giunta" }
				effectiveFrom: 2026-02-01
				criteria:
				  - { id: low, fact: isee, atMost: 10000, label: { it: "ISEE basso", en: "Low ISEE" } }
				decision:
				  - { outcome: allowed, when: low }
				  - { outcome: refused }
				""");

		assertThatThrownBy(() -> new ShippedRules(store, tenants).load(rules)).hasMessageContaining(version.toString())
			.hasMessageContaining("field 'municipality'");
	}

	private Path copyOfMisuraUnica() throws IOException {
		Path folder = Files.createDirectories(rules.resolve("misura-unica"));
		for (String name : new String[] { "rule-set.yaml", "2022-dgr-xi-6970.yaml" }) {
			Files.copy(RULES.resolve("misura-unica").resolve(name), folder.resolve(name));
		}
		return folder;
	}
}
