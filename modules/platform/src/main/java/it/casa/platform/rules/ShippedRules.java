package it.casa.platform.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.casa.platform.TenantDirectory;
import it.casa.platform.web.FieldProblem;

/**
 * Brings the rule tables in line with the files of {@code rules/} at start-up. A rule set's vocabulary follows its
 * file (as long as every stored version still fits it); a shipped version is stored once, as adopted. A version's
 * file is never allowed to change what was stored from it (an adopted version is never edited: ship a new file), and a
 * file never overwrites a version an administrator adopted under the same key.
 */
final class ShippedRules {

	private static final Logger log = LoggerFactory.getLogger(ShippedRules.class);

	private final RuleStore store;

	private final TenantDirectory tenants;

	ShippedRules(RuleStore store, TenantDirectory tenants) {
		this.store = store;
		this.tenants = tenants;
	}

	void load(Path directory) {
		long started = System.nanoTime();
		RuleFiles.Shipped shipped = RuleFiles.read(directory);
		List<RuleVersion> stored = store.versions();
		for (RuleSet ruleSet : shipped.ruleSets()) {
			for (RuleVersion version : stored) {
				if (version.ruleSet().equals(ruleSet.id())) {
					List<FieldProblem> problems = RuleValidator.version(ruleSet, version.municipality(), version.key(),
							version.content());
					if (!problems.isEmpty()) {
						throw new IllegalStateException("Rule file " + directory.resolve(ruleSet.id().value())
							.resolve(RuleFiles.RULE_SET_FILE) + " no longer fits stored version " + version.key() + " ("
								+ problems.get(0).field() + ": " + problems.get(0).message()
								+ "); a rule set may add facts and outcomes, not remove what versions use");
					}
				}
			}
			store.saveRuleSet(ruleSet);
		}
		int added = 0;
		for (RuleFiles.ShippedVersion file : shipped.versions()) {
			if (file.municipality() != null && tenants.find(file.municipality()).isEmpty()) {
				throw new InvalidRuleFileException(file.file(), "municipality", "'" + file.municipality()
						+ "' is not a registered municipality");
			}
			Optional<RuleVersion> same = stored.stream()
				.filter(version -> version.ruleSet().equals(file.ruleSet()) && version.key().equals(file.key())
						&& Objects.equals(version.municipality(), file.municipality()))
				.findFirst();
			if (same.isEmpty()) {
				store.insert(file.ruleSet(), file.municipality(), file.key(), file.content(), RuleVersion.Origin.FILE,
						"rules/" + directory.relativize(file.file()), true);
				added++;
			}
			else if (same.get().origin() == RuleVersion.Origin.ADMINISTRATOR) {
				log.warn("Rule file {} has the key of a version an administrator created in CASA; the file is ignored",
						file.file());
			}
			else if (!RuleStore.hash(same.get().content()).equals(RuleStore.hash(file.content()))) {
				throw new InvalidRuleFileException(file.file(), "(content)", "differs from the version loaded from it on "
						+ same.get().adoptedAt() + ": an adopted version is never edited; ship a new version file instead");
			}
		}
		log.info("Rules ready: {} rule sets, {} shipped versions ({} new) in {} ms", shipped.ruleSets().size(),
				shipped.versions().size(), added, (System.nanoTime() - started) / 1_000_000);
	}
}
