package it.casa.platform.rules;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import it.casa.platform.TenantId;
import it.casa.platform.web.FieldProblem;

/**
 * Reads {@code rules/}: one folder per rule set, holding {@code rule-set.yaml} (its facts and outcomes) and one file
 * per shipped version, named by the version's key. Every problem names the file and the field, so whoever edited the
 * file can fix it without reading code. Names in files are written in kebab case ({@code regional-resolution},
 * {@code at-most} is spelled {@code atMost} like the other fields).
 */
final class RuleFiles {

	static final String RULE_SET_FILE = "rule-set.yaml";

	private RuleFiles() {
	}

	/** A shipped version as read from its file, before it is stored. */
	record ShippedVersion(Path file, RuleSetId ruleSet, @Nullable TenantId municipality, String key, RuleContent content) {
	}

	record Shipped(List<RuleSet> ruleSets, List<ShippedVersion> versions) {
	}

	static Shipped read(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalStateException("The rules directory " + directory.toAbsolutePath()
					+ " does not exist; set casa.rules.directory to the folder holding the rule files");
		}
		List<RuleSet> ruleSets = new ArrayList<>();
		List<ShippedVersion> versions = new ArrayList<>();
		for (Path folder : list(directory).stream().filter(Files::isDirectory).toList()) {
			Path definitionFile = folder.resolve(RULE_SET_FILE);
			if (!Files.isRegularFile(definitionFile)) {
				throw new InvalidRuleFileException(definitionFile, "(file)", "every rule set folder needs its " + RULE_SET_FILE);
			}
			RuleSet ruleSet = readRuleSet(definitionFile);
			if (!ruleSet.id().value().equals(folder.getFileName().toString())) {
				throw new InvalidRuleFileException(definitionFile, "id", "'" + ruleSet.id() + "' must match the folder name");
			}
			ruleSets.add(ruleSet);
			for (Path file : list(folder)) {
				String name = file.getFileName().toString();
				if (name.equals(RULE_SET_FILE) || !name.endsWith(".yaml")) {
					continue;
				}
				versions.add(readVersion(file, ruleSet));
			}
		}
		return new Shipped(ruleSets, versions);
	}

	static RuleSet readRuleSet(Path file) {
		Fields fields = new Fields(file, "", parse(file), Set.of("id", "name", "scope", "facts", "outcomes"));
		String id = fields.text("id");
		if (!RuleSetId.isWellFormed(id)) {
			throw fields.invalid("id", "'" + id + "' must be lower-case words joined by hyphens");
		}
		RuleSet.Scope scope = fields.constant("scope", RuleSet.Scope.class);
		List<FactDefinition> facts = new ArrayList<>();
		fields.map("facts").forEach((name, value) -> {
			Fields fact = fields.nested("facts." + name, value, Set.of("type", "unit", "values", "label"));
			FactDefinition.Type type = fact.constant("type", FactDefinition.Type.class);
			Unit unit = fact.has("unit") ? fact.constant("unit", Unit.class) : Unit.NONE;
			List<String> values = fact.has("values") ? fact.texts("values") : List.of();
			facts.add(new FactDefinition(name, type, unit, values, fact.label("label")));
		});
		Map<String, Label> outcomes = new LinkedHashMap<>();
		fields.map("outcomes").forEach((name, value) -> outcomes.put(name, fields.labelOf("outcomes." + name, value)));
		RuleSet ruleSet = new RuleSet(RuleSetId.of(id), fields.label("name"), scope, facts, outcomes);
		failOnFirst(file, RuleValidator.ruleSet(ruleSet));
		return ruleSet;
	}

	static ShippedVersion readVersion(Path file, RuleSet ruleSet) {
		Fields fields = new Fields(file, "", parse(file), Set.of("ruleSet", "municipality", "act", "effectiveFrom",
				"effectiveTo", "parameters", "criteria", "decision"));
		String named = fields.text("ruleSet");
		if (!named.equals(ruleSet.id().value())) {
			throw fields.invalid("ruleSet", "'" + named + "' must be the rule set of its folder, " + ruleSet.id());
		}
		TenantId municipality = null;
		if (fields.has("municipality")) {
			String id = fields.text("municipality");
			if (!TenantId.isWellFormed(id)) {
				throw fields.invalid("municipality", "'" + id + "' is not a municipality's id");
			}
			municipality = TenantId.of(id);
		}
		Fields act = fields.nested("act", fields.value("act"), Set.of("kind", "number", "date", "body"));
		AdoptingAct adoptingAct = new AdoptingAct(act.constant("kind", AdoptingAct.Kind.class), act.text("number"),
				act.date("date"), act.text("body"));
		List<Parameter> parameters = new ArrayList<>();
		if (fields.has("parameters")) {
			fields.map("parameters").forEach((name, value) -> {
				Fields parameter = fields.nested("parameters." + name, value, Set.of("unit", "value", "label"));
				parameters.add(new Parameter(name, parameter.has("unit") ? parameter.constant("unit", Unit.class) : Unit.NONE,
						parameter.number("value"), parameter.label("label")));
			});
		}
		List<Criterion> criteria = new ArrayList<>();
		List<?> criterionList = fields.list("criteria");
		for (int i = 0; i < criterionList.size(); i++) {
			criteria.add(criterion(fields.nested("criteria[" + i + "]", criterionList.get(i), CRITERION_FIELDS)));
		}
		List<DecisionRule> decision = new ArrayList<>();
		List<?> ruleList = fields.list("decision");
		for (int i = 0; i < ruleList.size(); i++) {
			Fields rule = fields.nested("decision[" + i + "]", ruleList.get(i), Set.of("outcome", "when"));
			decision.add(new DecisionRule(rule.text("outcome"),
					rule.has("when") ? condition(rule, "when", rule.value("when")) : null));
		}
		String key = file.getFileName().toString().replaceFirst("\\.yaml$", "");
		RuleContent content = new RuleContent(adoptingAct, fields.date("effectiveFrom"),
				fields.has("effectiveTo") ? fields.date("effectiveTo") : null, parameters, criteria, decision);
		failOnFirst(file, RuleValidator.version(ruleSet, municipality, key, content));
		return new ShippedVersion(file, ruleSet.id(), municipality, key, content);
	}

	private static final Set<String> OPERATORS = Set.of("is", "atMost", "atLeast", "lessThan", "greaterThan", "between",
			"oneOf");

	private static final Set<String> CRITERION_FIELDS = Set.of("id", "label", "fact", "is", "atMost", "atLeast",
			"lessThan", "greaterThan", "between", "oneOf");

	private static Criterion criterion(Fields fields) {
		List<String> operators = OPERATORS.stream().filter(fields::has).sorted().toList();
		if (operators.size() != 1) {
			throw fields.invalid("(operator)", "a criterion has exactly one of " + OPERATORS.stream().sorted().toList());
		}
		String operator = operators.get(0);
		Object value = fields.value(operator);
		List<String> operands = value instanceof List<?> list ? list.stream().map(RuleFiles::operand).toList()
				: List.of(operand(value));
		return new Criterion(fields.text("id"), fields.label("label"), fields.text("fact"),
				Criterion.Operator.valueOf(kebabToConstant(operator.replaceAll("([A-Z])", "-$1"))), operands);
	}

	private static String operand(@Nullable Object value) {
		if (value instanceof Double || value instanceof Float) {
			return new BigDecimal(value.toString()).toPlainString();
		}
		return String.valueOf(value);
	}

	private static RuleCondition condition(Fields owner, String field, @Nullable Object value) {
		if (value instanceof String criterion) {
			return RuleCondition.criterion(criterion);
		}
		Fields fields = owner.nested(field, value, Set.of("all", "any"));
		if (fields.has("all") == fields.has("any")) {
			throw fields.invalid("(condition)", "a condition is a criterion's id, {all: [...]} or {any: [...]}");
		}
		String kind = fields.has("all") ? "all" : "any";
		List<?> items = fields.list(kind);
		List<RuleCondition> conditions = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			conditions.add(condition(fields, kind + "[" + i + "]", items.get(i)));
		}
		return kind.equals("all") ? RuleCondition.all(conditions) : RuleCondition.any(conditions);
	}

	private static void failOnFirst(Path file, List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidRuleFileException(file, problems.get(0).field(), problems.get(0).message());
		}
	}

	private static List<Path> list(Path directory) {
		try (Stream<Path> listing = Files.list(directory)) {
			return listing.sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list " + directory, ex);
		}
	}

	private static Map<?, ?> parse(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			if (!(document instanceof Map<?, ?> map)) {
				throw new InvalidRuleFileException(file, "(document)", "must be a YAML mapping of fields");
			}
			return map;
		}
		catch (YAMLException ex) {
			throw new InvalidRuleFileException(file, "is not valid YAML", ex);
		}
		catch (IOException ex) {
			throw new InvalidRuleFileException(file, "cannot be read", ex);
		}
	}

	static String kebabToConstant(String text) {
		return text.replace('-', '_').toUpperCase(Locale.ROOT);
	}

	/** The fields of one YAML mapping, with the path that problems name. */
	private record Fields(Path file, String path, Map<?, ?> values) {

		Fields(Path file, String path, Map<?, ?> values, Set<String> known) {
			this(file, path, values);
			for (Object key : values.keySet()) {
				if (!known.contains(String.valueOf(key))) {
					throw invalid(String.valueOf(key), "unknown field; known fields are " + known.stream().sorted().toList());
				}
			}
		}

		Fields nested(String field, @Nullable Object value, Set<String> known) {
			if (!(value instanceof Map<?, ?> map)) {
				throw invalid(field, "must be a mapping of fields");
			}
			return new Fields(file, qualified(field), map, known);
		}

		boolean has(String field) {
			return values.get(field) != null;
		}

		@Nullable Object value(String field) {
			Object value = values.get(field);
			if (value == null) {
				throw invalid(field, "is missing");
			}
			return value;
		}

		String text(String field) {
			Object value = value(field);
			if (!(value instanceof String text) || text.isBlank()) {
				throw invalid(field, "must be a non-empty text");
			}
			return text.strip();
		}

		List<String> texts(String field) {
			return list(field).stream().map(String::valueOf).toList();
		}

		List<?> list(String field) {
			if (!(value(field) instanceof List<?> list)) {
				throw invalid(field, "must be a list");
			}
			return list;
		}

		Map<String, Object> map(String field) {
			if (!(value(field) instanceof Map<?, ?> map)) {
				throw invalid(field, "must be a mapping");
			}
			Map<String, Object> result = new LinkedHashMap<>();
			map.forEach((key, value) -> result.put(String.valueOf(key), value));
			return result;
		}

		BigDecimal number(String field) {
			Object value = value(field);
			if (!(value instanceof Number number)) {
				throw invalid(field, "must be a number");
			}
			return new BigDecimal(number.toString());
		}

		LocalDate date(String field) {
			Object value = value(field);
			if (value instanceof Date date) {
				// SnakeYAML reads 2026-01-31 as midnight UTC.
				return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
			}
			try {
				return LocalDate.parse(String.valueOf(value));
			}
			catch (DateTimeParseException ex) {
				throw invalid(field, "must be a date, e.g. 2026-01-31");
			}
		}

		<E extends Enum<E>> E constant(String field, Class<E> type) {
			String text = text(field);
			try {
				return Enum.valueOf(type, kebabToConstant(text));
			}
			catch (IllegalArgumentException ex) {
				throw invalid(field, "'" + text + "' must be one of "
						+ Stream.of(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
			}
		}

		Label label(String field) {
			return labelOf(field, value(field));
		}

		Label labelOf(String field, @Nullable Object value) {
			Fields label = nested(field, value, Set.of("it", "en"));
			return new Label(label.text("it"), label.text("en"));
		}

		InvalidRuleFileException invalid(String field, String problem) {
			return new InvalidRuleFileException(file, qualified(field), problem);
		}

		private String qualified(String field) {
			return path.isEmpty() ? field : path + "." + field;
		}
	}
}
