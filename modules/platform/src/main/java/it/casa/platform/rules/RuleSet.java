package it.casa.platform.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule set's vocabulary, which its versions share: the facts its criteria may test and the outcomes its decision
 * may give. Whether it belongs to the district or to each municipality (an agreed-rent band is a municipality's,
 * the rent fund is the district's).
 */
public record RuleSet(RuleSetId id, Label name, Scope scope, List<FactDefinition> facts, Map<String, Label> outcomes) {

	public RuleSet {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(scope, "scope");
		facts = List.copyOf(facts);
		outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
	}

	public java.util.Optional<FactDefinition> fact(String name) {
		return facts.stream().filter(fact -> fact.name().equals(name)).findFirst();
	}

	public enum Scope {
		/** One set of versions for the whole district. */
		DISTRICT,
		/** Each municipality has its own versions. */
		MUNICIPALITY
	}
}
