package it.casa.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An action of the individual project.
 *
 * @param id null for a new action; the id of an existing action to change it (actions left out are removed)
 */
public record PlannedAction(@Nullable UUID id, String description, ActionOwner owner, @Nullable LocalDate dueDate,
		ActionStatus status) {

	public PlannedAction {
		description = Objects.requireNonNull(description, "description").strip();
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(status, "status");
	}
}
