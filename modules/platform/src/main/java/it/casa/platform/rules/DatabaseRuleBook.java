package it.casa.platform.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * {@link RuleBook} over the district's rule tables, served from a snapshot in memory: every version compiled once,
 * evaluations touch no database. The snapshot is replaced after every change made here and whenever
 * {@link #refreshIfChanged()} (run every few seconds) sees that another instance changed the tables.
 */
final class DatabaseRuleBook implements RuleBook {

	private final RuleStore store;

	private volatile Snapshot snapshot = Snapshot.EMPTY;

	DatabaseRuleBook(RuleStore store) {
		this.store = store;
	}

	synchronized void reload() {
		String mark = store.changeMark();
		Map<RuleSetId, RuleSet> ruleSets = store.ruleSets()
			.stream()
			.collect(Collectors.toMap(RuleSet::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<RuleVersionId, CompiledVersion> compiled = new LinkedHashMap<>();
		for (RuleVersion version : store.versions()) {
			compiled.put(version.id(), new CompiledVersion(ruleSets.get(version.ruleSet()), version));
		}
		snapshot = new Snapshot(mark, ruleSets, compiled);
	}

	/** Reloads when the tables changed since the snapshot; cheap (one small query) when they did not. */
	void refreshIfChanged() {
		if (!store.changeMark().equals(snapshot.mark())) {
			reload();
		}
	}

	@Override
	public RuleSet ruleSet(RuleSetId id) {
		RuleSet ruleSet = snapshot.ruleSets().get(id);
		if (ruleSet == null) {
			throw new UnknownRuleSetException("No rule set " + id);
		}
		return ruleSet;
	}

	@Override
	public List<RuleSet> ruleSets() {
		return List.copyOf(snapshot.ruleSets().values());
	}

	@Override
	public RuleVersion version(RuleVersionId id) {
		return compiled(id).version();
	}

	@Override
	public List<RuleVersion> versions(RuleSetId id) {
		ruleSet(id);
		return snapshot.compiled()
			.values()
			.stream()
			.map(CompiledVersion::version)
			.filter(version -> version.ruleSet().equals(id))
			.toList();
	}

	@Override
	public RuleVersion inForce(RuleSetId id, @Nullable TenantId municipality, LocalDate on) {
		RuleSet ruleSet = ruleSet(id);
		TenantId owner = ruleSet.scope() == RuleSet.Scope.MUNICIPALITY ? Objects.requireNonNull(municipality,
				"Rule set " + id + " belongs to each municipality: name the municipality") : null;
		return versions(id).stream()
			.filter(RuleVersion::adopted)
			.filter(version -> Objects.equals(version.municipality(), owner))
			.filter(version -> version.content().appliesOn(on))
			.max(PRECEDENCE)
			.orElseThrow(() -> new NoVersionInForceException(id, owner, on));
	}

	/**
	 * Of the versions in effect on a day: the latest effective date wins; on the same date an adopted version
	 * supersedes a shipped one; then the one adopted last.
	 */
	static final Comparator<RuleVersion> PRECEDENCE = Comparator
		.comparing((RuleVersion version) -> version.content().effectiveFrom())
		.thenComparing(version -> version.origin() == RuleVersion.Origin.ADMINISTRATOR)
		.thenComparing(version -> Objects.requireNonNull(version.adoptedAt()))
		.thenComparing(version -> version.id().value());

	@Override
	public Evaluation evaluate(RuleVersionId version, Facts facts) {
		return compiled(version).evaluate(facts);
	}

	private CompiledVersion compiled(RuleVersionId id) {
		CompiledVersion compiled = snapshot.compiled().get(id);
		if (compiled == null) {
			// Adopted a moment ago on another instance, before our next refresh.
			refreshIfChanged();
			compiled = snapshot.compiled().get(id);
		}
		if (compiled == null) {
			throw new UnknownRuleSetException("No rule version " + id);
		}
		return compiled;
	}

	private record Snapshot(String mark, Map<RuleSetId, RuleSet> ruleSets, Map<RuleVersionId, CompiledVersion> compiled) {

		static final Snapshot EMPTY = new Snapshot("", Map.of(), Map.of());
	}
}
