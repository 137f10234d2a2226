package it.casa.platform.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Not a test: evaluations per second of the shipped Misura Unica and triage versions on one thread (one core), against
 * a lower bound measured in the same run: the same comparisons written by hand in Java, with no explanation built.
 * Then the time to rank 10,000 applications (evaluate each, keep the eligible, order by ISEE). Run it with
 * {@code ./mvnw -pl modules/app -am -Pbench test -Dtest=RuleEvaluationBenchmark -Dskip.npm -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RuleEvaluationBenchmark {

	static final int FACT_SETS = 10_000;

	static final long WARM_UP_NANOS = 3_000_000_000L;

	static final long RUN_NANOS = 5_000_000_000L;

	/** Where each result goes, so that the compiler cannot leave the evaluation out. */
	static volatile Object last;

	@Test
	void evaluationsPerSecond() {
		CompiledVersion misuraUnica = compiled("misura-unica", "2022-dgr-xi-6970");
		CompiledVersion triage = compiled("triage-grades", "2025-agency-method");
		List<Facts> applications = applications(new Random(42));
		List<Facts> checklists = checklists(new Random(7));

		print("misura-unica (7 criteria): %,.0f evaluations/s".formatted(rate(applications, misuraUnica::evaluate)));
		print("triage-grades (17 criteria): %,.0f evaluations/s".formatted(rate(checklists, triage::evaluate)));
		print("lower bound, misura-unica's comparisons by hand: %,.0f evaluations/s".formatted(rate(applications,
				RuleEvaluationBenchmark::byHand)));

		for (int round = 0; round < 5; round++) {
			rank(misuraUnica, applications);
		}
		long started = System.nanoTime();
		List<Facts> ranked = rank(misuraUnica, applications);
		print("ranking %,d applications: %.1f ms (%,d eligible)".formatted(applications.size(),
				(System.nanoTime() - started) / 1e6, ranked.size()));
	}

	private static List<Facts> rank(CompiledVersion rules, List<Facts> applications) {
		List<Facts> eligible = new ArrayList<>();
		for (Facts application : applications) {
			if (rules.evaluate(application).outcome().equals("eligible")) {
				eligible.add(application);
			}
		}
		eligible.sort(Comparator.comparing(facts -> (BigDecimal) facts.get("isee")));
		return eligible;
	}

	private static double rate(List<Facts> inputs, java.util.function.Function<Facts, Object> evaluation) {
		long end = System.nanoTime() + WARM_UP_NANOS;
		int i = 0;
		while (System.nanoTime() < end) {
			last = evaluation.apply(inputs.get(i++ % inputs.size()));
		}
		int count = 0;
		long started = System.nanoTime();
		end = started + RUN_NANOS;
		while (System.nanoTime() < end) {
			for (int batch = 0; batch < 1000; batch++) {
				last = evaluation.apply(inputs.get(count++ % inputs.size()));
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return count / seconds;
	}

	private static final BigDecimal MAX_ISEE = new BigDecimal("26000");

	private static final BigDecimal MAX_ISEE_DROP = new BigDecimal("35000");

	private static final BigDecimal MIN_DROP = new BigDecimal("25");

	private static final BigDecimal MIN_LEASE = new BigDecimal("6");

	/** The lower bound: the same decision, thresholds as constants, no explanation. */
	private static Object byHand(Facts facts) {
		Object kind = facts.get("housingKind");
		boolean covered = "FREE_MARKET".equals(kind) || "AGREED_RENT".equals(kind) || "HOUSING_IN_USE".equals(kind)
				|| "SOCIAL_HOUSING_SAS".equals(kind);
		BigDecimal isee = (BigDecimal) facts.get("isee");
		BigDecimal drop = (BigDecimal) facts.get("incomeDropPercent");
		BigDecimal lease = (BigDecimal) facts.get("leaseRegisteredMonths");
		boolean eligible = covered && Boolean.FALSE.equals(facts.get("underEviction"))
				&& Boolean.FALSE.equals(facts.get("ownsAdequateHomeInLombardy")) && lease != null
				&& lease.compareTo(MIN_LEASE) >= 0 && isee != null && (isee.compareTo(MAX_ISEE) <= 0
						|| (isee.compareTo(MAX_ISEE_DROP) <= 0 && drop != null && drop.compareTo(MIN_DROP) > 0));
		return eligible ? "eligible" : "not-eligible";
	}

	private static List<Facts> applications(Random random) {
		String[] kinds = { "FREE_MARKET", "FREE_MARKET", "AGREED_RENT", "HOUSING_IN_USE", "PUBLIC_HOUSING_SAP" };
		List<Facts> facts = new ArrayList<>();
		for (int i = 0; i < FACT_SETS; i++) {
			facts.add(Facts.builder()
				.choice("housingKind", kinds[random.nextInt(kinds.length)])
				.flag("underEviction", random.nextInt(10) == 0)
				.flag("ownsAdequateHomeInLombardy", random.nextInt(20) == 0)
				.number("isee", BigDecimal.valueOf(random.nextInt(4_000_000), 2))
				.number("incomeDropPercent", random.nextInt(60))
				.number("leaseRegisteredMonths", random.nextInt(48))
				.build());
		}
		return facts;
	}

	private static List<Facts> checklists(Random random) {
		String[] networks = { "NONE", "WEAK", "ADEQUATE", "ADEQUATE" };
		String[] work = { "NO_INCOME", "UNSTABLE_OR_LOW_PAID", "STABLE", "STABLE" };
		List<Facts> facts = new ArrayList<>();
		for (int i = 0; i < FACT_SETS; i++) {
			boolean eviction = random.nextInt(3) == 0;
			Facts.Builder builder = Facts.builder()
				.flag("noPlaceToLive", random.nextInt(30) == 0)
				.flag("violence", random.nextInt(50) == 0)
				.flag("unsafeDwelling", random.nextInt(40) == 0)
				.flag("evictionInProgress", eviction)
				.flag("arrears", random.nextInt(3) == 0)
				.number("rentPercentOfIncome", BigDecimal.valueOf(random.nextInt(900), 1))
				.choice("socialNetwork", networks[random.nextInt(networks.length)])
				.choice("work", work[random.nextInt(work.length)])
				.flag("pendingCriminalProceedings", random.nextInt(40) == 0)
				.flag("fragileMembers", random.nextBoolean())
				.flag("noSavings", random.nextBoolean());
			if (eviction) {
				builder.number("evictionDaysLeft", random.nextInt(200) - 10);
			}
			if (random.nextInt(4) == 0) {
				builder.number("residencePermitDaysLeft", random.nextInt(400) - 50);
			}
			facts.add(builder.build());
		}
		return facts;
	}

	private static CompiledVersion compiled(String ruleSet, String key) {
		RuleFiles.Shipped shipped = RuleFiles.read(java.nio.file.Path.of(System.getProperty("casa.rules.directory", "../../rules")));
		RuleSet set = shipped.ruleSets().stream().filter(s -> s.id().value().equals(ruleSet)).findFirst().orElseThrow();
		RuleFiles.ShippedVersion file = shipped.versions().stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow();
		return new CompiledVersion(set, new RuleVersion(RuleVersionId.of(1), set.id(), null, key,
				RuleVersion.Status.ADOPTED, RuleVersion.Origin.FILE, file.content(), "rules", Instant.EPOCH, "rules",
				Instant.EPOCH, 0));
	}

	private static void print(String line) {
		System.out.println("[rules-benchmark] " + line);
	}
}
