package it.casa.platform.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What a version changes against another, line by line, as an administrator reviews it before adopting: the act,
 * the dates, each parameter, each criterion and each line of the decision, named by a stable path.
 */
final class RuleDiff {

	private RuleDiff() {
	}

	/**
	 * @param path for example {@code parameters.maxIsee} or {@code criteria.isee}
	 * @param before the line in the other version; null when added
	 * @param after the line in this version; null when removed
	 */
	record RuleChange(String path, Kind kind, @Nullable String before, @Nullable String after) {
	}

	enum Kind {
		ADDED, REMOVED, CHANGED
	}

	/** The changes from {@code before} (null: nothing, the first version) to {@code after}. */
	static List<RuleChange> between(@Nullable RuleContent before, RuleContent after) {
		Map<String, String> old = before == null ? Map.of() : lines(before);
		Map<String, String> now = lines(after);
		Set<String> paths = new LinkedHashSet<>(old.keySet());
		paths.addAll(now.keySet());
		List<RuleChange> changes = new ArrayList<>();
		for (String path : paths) {
			String was = old.get(path);
			String is = now.get(path);
			if (was == null) {
				changes.add(new RuleChange(path, Kind.ADDED, null, is));
			}
			else if (is == null) {
				changes.add(new RuleChange(path, Kind.REMOVED, was, null));
			}
			else if (!was.equals(is)) {
				changes.add(new RuleChange(path, Kind.CHANGED, was, is));
			}
		}
		return changes;
	}

	static Map<String, String> lines(RuleContent content) {
		Map<String, String> lines = new LinkedHashMap<>();
		AdoptingAct act = content.act();
		lines.put("act.kind", act.kind().name());
		lines.put("act.number", act.number());
		lines.put("act.date", act.date().toString());
		lines.put("act.body", act.body());
		lines.put("effectiveFrom", content.effectiveFrom().toString());
		lines.put("effectiveTo", Objects.toString(content.effectiveTo(), "-"));
		for (Parameter parameter : content.parameters()) {
			lines.put("parameters." + parameter.name(), parameter.value().toPlainString() + " " + parameter.unit());
			lines.put("parameters." + parameter.name() + ".label", parameter.label().it());
		}
		for (Criterion criterion : content.criteria()) {
			lines.put("criteria." + criterion.id(), criterion.fact() + " " + criterion.operator() + " "
					+ String.join(", ", criterion.operands()));
			lines.put("criteria." + criterion.id() + ".label", criterion.label().it());
		}
		for (int i = 0; i < content.decision().size(); i++) {
			DecisionRule rule = content.decision().get(i);
			lines.put("decision[" + i + "]", rule.outcome() + (rule.when() == null ? " otherwise" : " when " + text(rule.when())));
		}
		return lines;
	}

	private static String text(RuleCondition condition) {
		return switch (condition.kind()) {
			case CRITERION -> Objects.requireNonNull(condition.criterion());
			case ALL, ANY -> condition.kind().name().toLowerCase() + "("
					+ condition.conditions().stream().map(RuleDiff::text).collect(Collectors.joining(", ")) + ")";
		};
	}
}
