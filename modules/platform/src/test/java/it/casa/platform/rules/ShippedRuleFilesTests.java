package it.casa.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import it.casa.platform.rules.CriterionResult.Result;

/** The files of {@code rules/} as shipped, and how a malformed one is refused. */
class ShippedRuleFilesTests {

	static final Path RULES = Path.of(System.getProperty("casa.rules.directory", "../../rules"));

	@Test
	void shippedRuleSetsAndVersionsAreValid() {
		RuleFiles.Shipped shipped = RuleFiles.read(RULES);

		assertThat(shipped.ruleSets()).extracting(set -> set.id().value()).contains("triage-grades", "misura-unica");
		assertThat(shipped.versions()).extracting(RuleFiles.ShippedVersion::key)
			.contains("2025-agency-method", "2022-dgr-xi-6970");
	}

	@Test
	void misuraUnicaExplainsEachCriterionWithItsFactAndThreshold() {
		CompiledVersion misuraUnica = shipped("misura-unica", "2022-dgr-xi-6970");

		Evaluation evaluation = misuraUnica.evaluate(Facts.builder()
			.choice("housingKind", "FREE_MARKET")
			.flag("underEviction", false)
			.flag("ownsAdequateHomeInLombardy", false)
			.number("isee", new BigDecimal("27500.00"))
			.number("incomeDropPercent", 30)
			.number("leaseRegisteredMonths", 14)
			.build());

		assertThat(evaluation.outcome()).isEqualTo("eligible");
		assertThat(evaluation.act().number()).isEqualTo("XI/6970");
		CriterionResult isee = evaluation.criterion("iseeWithinCeiling");
		assertThat(isee.value()).isEqualTo(new BigDecimal("27500.00"));
		assertThat(isee.thresholds()).singleElement().satisfies(threshold -> {
			assertThat(threshold.parameter()).isEqualTo("maxIsee");
			assertThat(threshold.value()).isEqualTo("26000");
		});
		assertThat(isee.result()).isEqualTo(Result.NOT_MET);
		assertThat(evaluation.criterion("iseeWithinRaisedCeiling").result()).isEqualTo(Result.MET);
		assertThat(evaluation.criterion("incomeDropped").result()).isEqualTo(Result.MET);
		assertThat(evaluation.complete()).isTrue();
	}

	@Test
	void misuraUnicaRefusesPublicHousingAndSaysWhichFactsItLacked() {
		Evaluation evaluation = shipped("misura-unica", "2022-dgr-xi-6970").evaluate(Facts.builder()
			.choice("housingKind", "PUBLIC_HOUSING_SAP")
			.number("isee", 9000)
			.build());

		assertThat(evaluation.outcome()).isEqualTo("not-eligible");
		assertThat(evaluation.criterion("housingCovered").result()).isEqualTo(Result.NOT_MET);
		assertThat(evaluation.criterion("leaseLongEnough").result()).isEqualTo(Result.UNKNOWN);
		assertThat(evaluation.unknownFacts()).containsExactly("underEviction", "ownsAdequateHomeInLombardy",
				"leaseRegisteredMonths", "incomeDropPercent");
	}

	@Test
	void triageGradesGiveTheGradeOfTheMostSevereFindingWithTheThresholdsOfTheVersion() {
		CompiledVersion triage = shipped("triage-grades", "2025-agency-method");

		assertThat(triage.evaluate(Facts.builder().flag("violence", true).build()).outcome()).isEqualTo("4");
		assertThat(triage.evaluate(eviction(5)).outcome()).isEqualTo("4");
		assertThat(triage.evaluate(eviction(-3)).outcome()).as("a passed date, still in progress").isEqualTo("4");
		assertThat(triage.evaluate(eviction(40)).outcome()).isEqualTo("3");
		assertThat(triage.evaluate(eviction(120)).outcome()).isEqualTo("2");
		assertThat(triage.evaluate(Facts.builder().flag("evictionInProgress", true).build()).outcome())
			.as("an eviction whose date is not known").isEqualTo("2");
		assertThat(triage.evaluate(Facts.builder().flag("arrears", true).choice("socialNetwork", "WEAK").build())
			.outcome()).as("a housing difficulty with another dimension").isEqualTo("3");
		assertThat(triage.evaluate(Facts.builder().number("rentPercentOfIncome", new BigDecimal("30.0")).build())
			.outcome()).as("exactly 30% is still sustainable").isEqualTo("1");
		assertThat(triage.evaluate(Facts.builder().number("rentPercentOfIncome", new BigDecimal("30.1")).build())
			.outcome()).isEqualTo("2");
		assertThat(triage.evaluate(Facts.builder().flag("fragileMembers", true).flag("noSavings", true).build())
			.outcome()).as("aggravating findings alone").isEqualTo("1");
		CriterionResult near = triage.evaluate(eviction(40)).criterion("evictionNear");
		assertThat(near.thresholds()).extracting(CriterionResult.Threshold::value).containsExactly("90");
	}

	@Test
	void factsTheRuleSetDoesNotDeclareOrOfTheWrongTypeAreRefused() {
		CompiledVersion triage = shipped("triage-grades", "2025-agency-method");

		assertThatThrownBy(() -> triage.evaluate(Facts.builder().flag("pets", true).build()))
			.isInstanceOfSatisfying(InvalidFactsException.class, ex -> assertThat(ex.code()).isEqualTo("rules.fact.unknown"));
		assertThatThrownBy(() -> triage.evaluate(Facts.builder().choice("socialNetwork", "PLENTY").build()))
			.isInstanceOfSatisfying(InvalidFactsException.class, ex -> assertThat(ex.code()).isEqualTo("rules.fact.type"));
		assertThatThrownBy(() -> triage.evaluate(Facts.builder().choice("violence", "yes").build()))
			.isInstanceOf(InvalidFactsException.class);
	}

	@Test
	void aMalformedVersionFileNamesTheFileAndTheField(@TempDir Path rules) throws IOException {
		Path folder = Files.createDirectories(rules.resolve("misura-unica"));
		Files.copy(RULES.resolve("misura-unica/rule-set.yaml"), folder.resolve("rule-set.yaml"));
		String shipped = Files.readString(RULES.resolve("misura-unica/2022-dgr-xi-6970.yaml"));
		Path broken = folder.resolve("2026-broken.yaml");

		Files.writeString(broken, shipped.replace("atLeast: minLeaseMonths", "atLeast: minLeaseYears"));
		assertThatThrownBy(() -> RuleFiles.read(rules)).hasMessageContaining(broken.toString())
			.hasMessageContaining("criteria.leaseLongEnough.operands")
			.hasMessageContaining("minLeaseYears");

		Files.writeString(broken, shipped.replace("atMost: maxIsee,", "atMost: minLeaseMonths,"));
		assertThatThrownBy(() -> RuleFiles.read(rules)).hasMessageContaining("criteria.iseeWithinCeiling.operands")
			.hasMessageContaining("MONTHS");

		Files.writeString(broken, shipped.replace("kind: regional-resolution", "kind: decree"));
		assertThatThrownBy(() -> RuleFiles.read(rules)).hasMessageContaining("act.kind").hasMessageContaining("decree");

		Files.writeString(broken, shipped.replace("  - outcome: not-eligible\n", ""));
		assertThatThrownBy(() -> RuleFiles.read(rules)).hasMessageContaining("decision[0].when")
			.hasMessageContaining("otherwise");

		Files.writeString(broken, shipped + "\nthreshold: 3\n");
		assertThatThrownBy(() -> RuleFiles.read(rules)).hasMessageContaining("field 'threshold'")
			.hasMessageContaining("unknown field");

		Files.writeString(broken, shipped.replace("effectiveFrom: 2022-09-19", "effectiveFrom: 19/09/2022"));
		assertThatThrownBy(() -> RuleFiles.read(rules)).hasMessageContaining("effectiveFrom");
	}

	@Test
	void aRuleSetFolderWithoutItsDefinitionIsRefused(@TempDir Path rules) throws IOException {
		Files.createDirectories(rules.resolve("rent-fund"));

		assertThatThrownBy(() -> RuleFiles.read(rules)).hasMessageContaining("rent-fund")
			.hasMessageContaining(RuleFiles.RULE_SET_FILE);
	}

	private static Facts eviction(int daysLeft) {
		return Facts.builder().flag("evictionInProgress", true).number("evictionDaysLeft", daysLeft).build();
	}

	static CompiledVersion shipped(String ruleSet, String key) {
		RuleFiles.Shipped shipped = RuleFiles.read(RULES);
		RuleSet set = shipped.ruleSets().stream().filter(s -> s.id().value().equals(ruleSet)).findFirst().orElseThrow();
		RuleFiles.ShippedVersion file = shipped.versions()
			.stream()
			.filter(v -> v.key().equals(key))
			.findFirst()
			.orElseThrow();
		RuleVersion version = new RuleVersion(RuleVersionId.of(1), set.id(), null, key, RuleVersion.Status.ADOPTED,
				RuleVersion.Origin.FILE, file.content(), "rules/test", Instant.EPOCH, "rules/test", Instant.EPOCH, 0);
		return new CompiledVersion(set, version);
	}

	static List<String> keys(RuleFiles.Shipped shipped) {
		return shipped.versions().stream().map(RuleFiles.ShippedVersion::key).toList();
	}
}
