package it.casa.platform.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a version says: the act that adopted it, when it applies, its parameters, its criteria and its decision.
 *
 * @param effectiveTo the last day it applies (included); null until further notice
 */
public record RuleContent(AdoptingAct act, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo,
		List<Parameter> parameters, List<Criterion> criteria, List<DecisionRule> decision) {

	public RuleContent {
		Objects.requireNonNull(act, "act");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		parameters = List.copyOf(parameters);
		criteria = List.copyOf(criteria);
		decision = List.copyOf(decision);
	}

	public Optional<Parameter> parameter(String name) {
		return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
	}

	/** Whether this content applies on {@code day}. */
	public boolean appliesOn(LocalDate day) {
		return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
	}
}
