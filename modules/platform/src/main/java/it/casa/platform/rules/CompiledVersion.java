package it.casa.platform.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import it.casa.platform.rules.CriterionResult.Result;
import it.casa.platform.rules.CriterionResult.Threshold;

/**
 * A validated version prepared for evaluation: thresholds resolved to numbers once, conditions to criterion indexes,
 * so that an evaluation is a few comparisons and no lookups by name beyond the facts themselves.
 */
final class CompiledVersion {

	private final RuleSet ruleSet;

	private final RuleVersion version;

	private final Test[] tests;

	private final Rule[] rules;

	private final Set<String> declaredFacts;

	CompiledVersion(RuleSet ruleSet, RuleVersion version) {
		this.ruleSet = ruleSet;
		this.version = version;
		this.declaredFacts = Set.copyOf(ruleSet.facts().stream().map(FactDefinition::name).toList());
		RuleContent content = version.content();
		Map<String, Integer> indexes = new HashMap<>();
		this.tests = new Test[content.criteria().size()];
		for (int i = 0; i < tests.length; i++) {
			Criterion criterion = content.criteria().get(i);
			FactDefinition fact = ruleSet.fact(criterion.fact())
				.orElseThrow(() -> new IllegalStateException("Validated versions only test declared facts"));
			tests[i] = new Test(criterion, fact, thresholds(content, criterion));
			indexes.put(criterion.id(), i);
		}
		this.rules = content.decision()
			.stream()
			.map(rule -> new Rule(rule.outcome(), ruleSet.outcomes().get(rule.outcome()),
					rule.when() == null ? null : compile(rule.when(), indexes)))
			.toArray(Rule[]::new);
	}

	RuleSet ruleSet() {
		return ruleSet;
	}

	RuleVersion version() {
		return version;
	}

	Evaluation evaluate(Facts facts) {
		for (String name : facts.asMap().keySet()) {
			if (!declaredFacts.contains(name)) {
				throw new InvalidFactsException("rules.fact.unknown",
						"Rule set " + ruleSet.id() + " has no fact " + name, Map.of("fact", name));
			}
		}
		Result[] results = new Result[tests.length];
		List<CriterionResult> explained = new ArrayList<>(tests.length);
		Set<String> unknown = new LinkedHashSet<>();
		for (int i = 0; i < tests.length; i++) {
			Test test = tests[i];
			Object value = facts.get(test.fact.name());
			results[i] = test.apply(value);
			if (results[i] == Result.UNKNOWN) {
				unknown.add(test.fact.name());
			}
			explained.add(new CriterionResult(test.criterion.id(), test.criterion.label(), test.fact.name(),
					test.fact.label(), value, test.fact.unit(), test.criterion.operator(), test.shown, results[i]));
		}
		Rule chosen = rules[rules.length - 1];
		for (Rule rule : rules) {
			if (rule.when == null || rule.when.holds(results)) {
				chosen = rule;
				break;
			}
		}
		RuleContent content = version.content();
		return new Evaluation(version.id(), version.ruleSet(), version.key(), content.act(), chosen.outcome,
				chosen.label, explained, List.copyOf(unknown));
	}

	private static List<Threshold> thresholds(RuleContent content, Criterion criterion) {
		return criterion.operands().stream().map(operand -> content.parameter(operand)
			.map(parameter -> new Threshold(parameter.name(), parameter.label(), parameter.value().toPlainString()))
			.orElseGet(() -> new Threshold(null, null, operand))).toList();
	}

	private static Node compile(RuleCondition condition, Map<String, Integer> indexes) {
		return switch (condition.kind()) {
			case CRITERION -> new Leaf(indexes.get(condition.criterion()));
			case ALL -> new All(condition.conditions().stream().map(inner -> compile(inner, indexes)).toArray(Node[]::new));
			case ANY -> new Any(condition.conditions().stream().map(inner -> compile(inner, indexes)).toArray(Node[]::new));
		};
	}

	private record Rule(String outcome, Label label, @Nullable Node when) {
	}

	private sealed interface Node permits Leaf, All, Any {

		/** Only met criteria make a condition hold: an unknown fact never decides an outcome. */
		boolean holds(Result[] results);
	}

	private record Leaf(int index) implements Node {

		@Override
		public boolean holds(Result[] results) {
			return results[index] == Result.MET;
		}
	}

	private record All(Node[] nodes) implements Node {

		@Override
		public boolean holds(Result[] results) {
			for (Node node : nodes) {
				if (!node.holds(results)) {
					return false;
				}
			}
			return true;
		}
	}

	private record Any(Node[] nodes) implements Node {

		@Override
		public boolean holds(Result[] results) {
			for (Node node : nodes) {
				if (node.holds(results)) {
					return true;
				}
			}
			return false;
		}
	}

	private static final class Test {

		private final Criterion criterion;

		private final FactDefinition fact;

		private final List<Threshold> shown;

		private final BigDecimal[] numbers;

		private final @Nullable Boolean flag;

		private final Set<String> choices;

		Test(Criterion criterion, FactDefinition fact, List<Threshold> shown) {
			this.criterion = criterion;
			this.fact = fact;
			this.shown = shown;
			this.numbers = fact.type() == FactDefinition.Type.NUMBER
					? shown.stream().map(threshold -> new BigDecimal(threshold.value())).toArray(BigDecimal[]::new)
					: new BigDecimal[0];
			this.flag = criterion.operator() == Criterion.Operator.IS ? Boolean.valueOf(shown.get(0).value()) : null;
			this.choices = criterion.operator() == Criterion.Operator.ONE_OF ? Set.copyOf(criterion.operands()) : Set.of();
		}

		Result apply(@Nullable Object value) {
			if (value == null) {
				return Result.UNKNOWN;
			}
			boolean met = switch (fact.type()) {
				case BOOLEAN -> flag(value).equals(flag);
				case NUMBER -> compare(number(value));
				case CHOICE -> choices.contains(choice(value));
			};
			return met ? Result.MET : Result.NOT_MET;
		}

		private boolean compare(BigDecimal value) {
			return switch (criterion.operator()) {
				case AT_MOST -> value.compareTo(numbers[0]) <= 0;
				case AT_LEAST -> value.compareTo(numbers[0]) >= 0;
				case LESS_THAN -> value.compareTo(numbers[0]) < 0;
				case GREATER_THAN -> value.compareTo(numbers[0]) > 0;
				case BETWEEN -> value.compareTo(numbers[0]) >= 0 && value.compareTo(numbers[1]) <= 0;
				case IS, ONE_OF -> throw new IllegalStateException("Validated versions compare numbers with numbers");
			};
		}

		private Boolean flag(Object value) {
			if (!(value instanceof Boolean given)) {
				throw wrongType("true or false");
			}
			return given;
		}

		private BigDecimal number(Object value) {
			if (!(value instanceof BigDecimal number)) {
				throw wrongType("a number");
			}
			return number;
		}

		private String choice(Object value) {
			if (!(value instanceof String text) || !fact.values().contains(text)) {
				throw wrongType("one of " + fact.values());
			}
			return text;
		}

		private InvalidFactsException wrongType(String expected) {
			return new InvalidFactsException("rules.fact.type", "Fact " + fact.name() + " must be " + expected,
					Map.of("fact", fact.name(), "expected", expected));
		}
	}
}
