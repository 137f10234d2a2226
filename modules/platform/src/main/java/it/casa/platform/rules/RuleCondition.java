package it.casa.platform.rules;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** When a decision rule applies: one criterion met, all of some conditions, or any of them. */
public record RuleCondition(Kind kind, @Nullable String criterion, List<RuleCondition> conditions) {

	public RuleCondition {
		Objects.requireNonNull(kind, "kind");
		conditions = List.copyOf(conditions);
	}

	public static RuleCondition criterion(String id) {
		return new RuleCondition(Kind.CRITERION, id, List.of());
	}

	public static RuleCondition all(List<RuleCondition> conditions) {
		return new RuleCondition(Kind.ALL, null, conditions);
	}

	public static RuleCondition any(List<RuleCondition> conditions) {
		return new RuleCondition(Kind.ANY, null, conditions);
	}

	public enum Kind {
		CRITERION, ALL, ANY
	}
}
