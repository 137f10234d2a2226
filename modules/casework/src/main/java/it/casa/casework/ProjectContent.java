package it.casa.casework;

import java.util.List;
import java.util.Objects;

/**
 * The text of an individual project (progetto assistenziale individualizzato): goals, actions with their owners and
 * due dates, and the ways and times agreed.
 *
 * @throws InvalidCaseDataException {@code project.goals.required} when there is no goal
 */
public record ProjectContent(List<String> goals, List<PlannedAction> actions, String waysAndTimes) {

	public ProjectContent {
		goals = Objects.requireNonNull(goals, "goals").stream().map(String::strip).toList();
		actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
		waysAndTimes = Objects.requireNonNull(waysAndTimes, "waysAndTimes").strip();
		if (goals.isEmpty()) {
			throw new InvalidCaseDataException("project.goals.required", "A project sets at least one goal");
		}
	}
}
