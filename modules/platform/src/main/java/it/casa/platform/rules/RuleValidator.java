package it.casa.platform.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;
import it.casa.platform.web.FieldProblem;

/**
 * The checks every rule set and version passes, whether it comes from a file of {@code rules/} (the first problem
 * stops start-up naming the file and the field) or from an administrator's draft (a 400 problem listing them all).
 * A version that passes can always be evaluated: every criterion tests a declared fact with thresholds of the fact's
 * type and unit, and the decision always ends with an outcome.
 */
final class RuleValidator {

	static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,59}");

	static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]{0,59}");

	static final Pattern OUTCOME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

	static final int MAX_TEXT = 300;

	private final List<FieldProblem> problems = new ArrayList<>();

	private RuleValidator() {
	}

	static List<FieldProblem> ruleSet(RuleSet ruleSet) {
		RuleValidator validator = new RuleValidator();
		validator.label("name", ruleSet.name());
		Set<String> names = new HashSet<>();
		for (int i = 0; i < ruleSet.facts().size(); i++) {
			FactDefinition fact = ruleSet.facts().get(i);
			String field = "facts." + fact.name();
			validator.check(NAME.matcher(fact.name()).matches(), field, "rules.name.invalid",
					"must be a name in camelCase (letters and digits, starting with a lower-case letter)");
			validator.check(names.add(fact.name()), field, "rules.fact.duplicate", "is declared twice");
			validator.label(field + ".label", fact.label());
			if (fact.type() == FactDefinition.Type.CHOICE) {
				validator.check(!fact.values().isEmpty(), field + ".values", "rules.fact.values.missing",
						"a choice needs its values");
			}
			else {
				validator.check(fact.values().isEmpty(), field + ".values", "rules.fact.values.notAllowed",
						"only a choice has values");
			}
			validator.check(fact.type() == FactDefinition.Type.NUMBER || fact.unit() == Unit.NONE, field + ".unit",
					"rules.fact.unit.notAllowed", "only a number has a unit");
		}
		validator.check(!ruleSet.facts().isEmpty(), "facts", "rules.facts.missing", "a rule set needs facts to test");
		validator.check(ruleSet.outcomes().size() >= 2, "outcomes", "rules.outcomes.missing",
				"a rule set needs at least two outcomes");
		ruleSet.outcomes().forEach((outcome, label) -> {
			validator.check(OUTCOME.matcher(outcome).matches(), "outcomes." + outcome, "rules.outcome.invalid",
					"must be letters, digits and hyphens");
			validator.label("outcomes." + outcome, label);
		});
		return validator.problems;
	}

	static List<FieldProblem> version(RuleSet ruleSet, @Nullable TenantId municipality, String key, RuleContent content) {
		RuleValidator validator = new RuleValidator();
		validator.check(KEY.matcher(key).matches(), "key", "rules.key.invalid",
				"must be lower-case letters, digits, dots and hyphens (at most 60)");
		if (ruleSet.scope() == RuleSet.Scope.MUNICIPALITY) {
			validator.check(municipality != null, "municipality", "rules.municipality.required",
					"rule set " + ruleSet.id() + " belongs to each municipality: name the municipality");
		}
		else {
			validator.check(municipality == null, "municipality", "rules.municipality.notAllowed",
					"rule set " + ruleSet.id() + " is the district's: it has no municipality");
		}
		validator.act(content.act());
		if (content.effectiveTo() != null) {
			validator.check(!content.effectiveTo().isBefore(content.effectiveFrom()), "effectiveTo",
					"rules.effectiveTo.beforeFrom", "must not be before effectiveFrom");
		}
		Set<String> parameters = new HashSet<>();
		for (Parameter parameter : content.parameters()) {
			String field = "parameters." + parameter.name();
			validator.check(NAME.matcher(parameter.name()).matches(), field, "rules.name.invalid",
					"must be a name in camelCase (letters and digits, starting with a lower-case letter)");
			validator.check(parameters.add(parameter.name()), field, "rules.parameter.duplicate", "is set twice");
			validator.label(field + ".label", parameter.label());
		}
		Set<String> criteria = new HashSet<>();
		for (Criterion criterion : content.criteria()) {
			String field = "criteria." + criterion.id();
			validator.check(NAME.matcher(criterion.id()).matches(), field, "rules.name.invalid",
					"must be a name in camelCase (letters and digits, starting with a lower-case letter)");
			validator.check(criteria.add(criterion.id()), field, "rules.criterion.duplicate", "is defined twice");
			validator.label(field + ".label", criterion.label());
			Optional<FactDefinition> fact = ruleSet.fact(criterion.fact());
			if (fact.isEmpty()) {
				validator.problem(field + ".fact", "rules.fact.unknown", "'" + criterion.fact()
						+ "' is not a fact of rule set " + ruleSet.id());
				continue;
			}
			validator.operands(field, criterion, fact.get(), content);
		}
		validator.decision(ruleSet, content, criteria);
		return validator.problems;
	}

	private void act(AdoptingAct act) {
		text("act.number", act.number());
		text("act.body", act.body());
	}

	private void operands(String field, Criterion criterion, FactDefinition fact, RuleContent content) {
		List<String> operands = criterion.operands();
		switch (criterion.operator()) {
			case IS -> {
				if (expectType(field, fact, FactDefinition.Type.BOOLEAN)) {
					check(operands.size() == 1 && (operands.get(0).equals("true") || operands.get(0).equals("false")),
							field + ".operands", "rules.operands.boolean", "IS takes one operand, true or false");
				}
			}
			case ONE_OF -> {
				if (expectType(field, fact, FactDefinition.Type.CHOICE)) {
					check(!operands.isEmpty(), field + ".operands", "rules.operands.missing", "ONE_OF takes at least one value");
					for (String operand : operands) {
						check(fact.values().contains(operand), field + ".operands", "rules.operands.choice",
								"'" + operand + "' is not one of " + fact.values());
					}
				}
			}
			case AT_MOST, AT_LEAST, LESS_THAN, GREATER_THAN, BETWEEN -> {
				if (expectType(field, fact, FactDefinition.Type.NUMBER)) {
					int expected = criterion.operator() == Criterion.Operator.BETWEEN ? 2 : 1;
					if (check(operands.size() == expected, field + ".operands", "rules.operands.count",
							criterion.operator() + " takes " + expected + " operand(s)")) {
						for (String operand : operands) {
							number(field + ".operands", operand, fact, content);
						}
					}
				}
			}
		}
	}

	private void number(String field, String operand, FactDefinition fact, RuleContent content) {
		Optional<Parameter> parameter = content.parameter(operand);
		if (parameter.isPresent()) {
			check(parameter.get().unit() == fact.unit(), field, "rules.operands.unit", "parameter " + operand + " is in "
					+ parameter.get().unit() + ", fact " + fact.name() + " in " + fact.unit());
			return;
		}
		try {
			new BigDecimal(operand);
		}
		catch (NumberFormatException ex) {
			problem(field, "rules.operands.unknown", "'" + operand + "' is neither a parameter of this version nor a number");
		}
	}

	private boolean expectType(String field, FactDefinition fact, FactDefinition.Type type) {
		return check(fact.type() == type, field + ".operator", "rules.operator.type",
				"fact " + fact.name() + " is a " + fact.type().name().toLowerCase() + ", this operator needs a "
						+ type.name().toLowerCase());
	}

	private void decision(RuleSet ruleSet, RuleContent content, Set<String> criteria) {
		List<DecisionRule> rules = content.decision();
		if (!check(!rules.isEmpty(), "decision", "rules.decision.missing", "a version needs a decision")) {
			return;
		}
		for (int i = 0; i < rules.size(); i++) {
			DecisionRule rule = rules.get(i);
			String field = "decision[" + i + "]";
			check(ruleSet.outcomes().containsKey(rule.outcome()), field + ".outcome", "rules.outcome.unknown",
					"'" + rule.outcome() + "' is not an outcome of rule set " + ruleSet.id() + " " + ruleSet.outcomes().keySet());
			boolean last = i == rules.size() - 1;
			if (last) {
				check(rule.when() == null, field + ".when", "rules.decision.otherwise",
						"the last rule is the otherwise: it has no condition");
			}
			else if (check(rule.when() != null, field + ".when", "rules.decision.condition",
					"only the last rule may have no condition")) {
				condition(field + ".when", rule.when(), criteria);
			}
		}
	}

	private void condition(String field, RuleCondition condition, Set<String> criteria) {
		switch (condition.kind()) {
			case CRITERION -> check(condition.criterion() != null && criteria.contains(condition.criterion()), field,
					"rules.condition.criterion", "'" + condition.criterion() + "' is not a criterion of this version");
			case ALL, ANY -> {
				check(!condition.conditions().isEmpty(), field, "rules.condition.empty",
						condition.kind() + " needs at least one condition");
				for (int i = 0; i < condition.conditions().size(); i++) {
					condition(field + "." + condition.kind().name().toLowerCase() + "[" + i + "]",
							condition.conditions().get(i), criteria);
				}
			}
		}
	}

	private void label(String field, Label label) {
		text(field + ".it", label.it());
		text(field + ".en", label.en());
	}

	private void text(String field, String text) {
		if (check(!text.isBlank(), field, "rules.text.missing", "is missing")) {
			check(text.length() <= MAX_TEXT, field, "rules.text.tooLong", "is longer than " + MAX_TEXT + " characters");
		}
	}

	private boolean check(boolean ok, String field, String code, String message) {
		if (!ok) {
			problem(field, code, message);
		}
		return ok;
	}

	private void problem(String field, String code, String message) {
		problems.add(new FieldProblem(field, code, message));
	}
}
