package it.casa.platform.rules;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A line of a version's decision: the outcome when the condition holds. The decision gives the outcome of its first
 * rule that holds; its last rule has no condition (otherwise), so every evaluation has an outcome.
 */
public record DecisionRule(String outcome, @Nullable RuleCondition when) {

	public DecisionRule {
		Objects.requireNonNull(outcome, "outcome");
	}
}
