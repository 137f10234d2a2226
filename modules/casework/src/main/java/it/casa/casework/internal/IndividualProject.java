package it.casa.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import it.casa.casework.ActionOwner;
import it.casa.casework.ActionOwnerKind;
import it.casa.casework.ActionStatus;
import it.casa.casework.CaseFacts;
import it.casa.casework.CaseId;
import it.casa.casework.InvalidCaseDataException;
import it.casa.casework.PlannedAction;
import it.casa.casework.ProjectContent;
import it.casa.casework.ProjectRevised;
import it.casa.casework.ProjectView;
import it.casa.casework.StaffOrganisation;
import it.casa.casework.Wording;
import it.casa.platform.StaffRef;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The individual project of a case, identified by the case. Both sides edit the whole text with optimistic locking;
 * each action remembers who last changed it, and every revision is kept in {@code project_revision}.
 */
@Entity
@Table(name = "individual_project")
class IndividualProject extends AbstractAggregateRoot<IndividualProject> {

	@Id
	private UUID caseId;

	@Version
	private @Nullable Long version;

	private int revision;

	@ElementCollection
	@CollectionTable(name = "project_goal", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "list_index")
	@Column(name = "goal")
	private List<String> goals = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_action", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "list_index")
	private List<ActionEntry> actions = new ArrayList<>();

	private String waysAndTimes;

	private Instant agreedAt;

	private String agreedByUserId;

	private String agreedByName;

	private Instant lastChangedAt;

	private String lastChangedByUserId;

	private String lastChangedByName;

	protected IndividualProject() {
		// for JPA
	}

	/** The agreed text, revision 1. The case registers {@code ProjectAgreed} when it moves in progress. */
	static IndividualProject agree(WorkContext work, CaseId caseId, ProjectContent content) {
		IndividualProject project = new IndividualProject();
		project.caseId = caseId.value();
		project.revision = 1;
		project.agreedAt = work.now();
		project.agreedByUserId = work.user().userId();
		project.agreedByName = work.user().displayName();
		project.apply(work, content);
		return project;
	}

	/**
	 * Replaces the text with a new revision and says what changed (counts and fields, not the text, so that the summary
	 * can be shown in lists), as a wording each reader reads in their language.
	 */
	Wording revise(WorkContext work, ProjectContent content, CaseFacts facts) {
		Wording summary = summariseChange(content);
		revision++;
		apply(work, content);
		registerEvent(new ProjectRevised(work.tenant(), caseId(), revision, StaffOrganisation.of(work.user()), work.now(), facts));
		return summary;
	}

	/** The summary of revision 1. */
	static final Wording AGREED = Wording.of("project.agreed");

	private void apply(WorkContext work, ProjectContent content) {
		Map<UUID, ActionEntry> existing = new LinkedHashMap<>();
		actions.forEach(action -> existing.put(action.actionId, action));
		List<ActionEntry> next = new ArrayList<>();
		for (PlannedAction planned : content.actions()) {
			ActionEntry current = planned.id() == null ? null : existing.get(planned.id());
			if (planned.id() != null && current == null) {
				throw new InvalidCaseDataException("project.action.unknown",
						"An action id that this project does not have was given; leave the id out for a new action");
			}
			if (current != null && current.sameAs(planned)) {
				next.add(current.copy());
			}
			else {
				next.add(ActionEntry.of(work, current == null ? UUID.randomUUID() : current.actionId, planned));
			}
		}
		// A fresh list of the same size: Hibernate rewrites the rows in place by list_index.
		actions.clear();
		actions.addAll(next);
		goals.clear();
		goals.addAll(content.goals());
		waysAndTimes = content.waysAndTimes();
		lastChangedAt = work.now();
		lastChangedByUserId = work.user().userId();
		lastChangedByName = work.user().displayName();
	}

	/**
	 * What a revision changes, as counts: {@code project.revised} with {@code goalsAdded}, {@code goalsRemoved},
	 * {@code actionsAdded}, {@code actionsChanged}, {@code actionsRemoved} (those not zero) and {@code waysAndTimes}
	 * when that text changed; no parameter at all when nothing changed.
	 */
	private Wording summariseChange(ProjectContent content) {
		Map<String, String> changes = new LinkedHashMap<>();
		long goalsAdded = content.goals().stream().filter(goal -> !goals.contains(goal)).count();
		long goalsRemoved = goals.stream().filter(goal -> !content.goals().contains(goal)).count();
		Map<UUID, ActionEntry> existing = new LinkedHashMap<>();
		actions.forEach(action -> existing.put(action.actionId, action));
		long added = content.actions().stream().filter(action -> action.id() == null).count();
		long changed = content.actions()
			.stream()
			.filter(action -> action.id() != null && existing.containsKey(action.id())
					&& !existing.get(action.id()).sameAs(action))
			.count();
		long kept = content.actions().stream().filter(action -> action.id() != null).count();
		long removed = actions.size() - kept;
		count(changes, "goalsAdded", goalsAdded);
		count(changes, "goalsRemoved", goalsRemoved);
		count(changes, "actionsAdded", added);
		count(changes, "actionsChanged", changed);
		count(changes, "actionsRemoved", removed);
		if (!Objects.equals(waysAndTimes, content.waysAndTimes())) {
			changes.put("waysAndTimes", "changed");
		}
		return new Wording("project.revised", changes);
	}

	private static void count(Map<String, String> changes, String name, long count) {
		if (count > 0) {
			changes.put(name, Long.toString(count));
		}
	}

	CaseId caseId() {
		return CaseId.of(caseId);
	}

	long version() {
		return version == null ? 0 : version;
	}

	int revision() {
		return revision;
	}

	ProjectContent content() {
		return new ProjectContent(List.copyOf(goals), actions.stream().map(ActionEntry::planned).toList(), waysAndTimes);
	}

	ProjectView view() {
		return new ProjectView(caseId(), version(), revision, List.copyOf(goals),
				actions.stream().map(ActionEntry::view).toList(), waysAndTimes, agreedAt,
				new StaffRef(agreedByUserId, agreedByName), lastChangedAt, new StaffRef(lastChangedByUserId, lastChangedByName));
	}

	@Embeddable
	static class ActionEntry {

		private UUID actionId;

		private String description;

		@Enumerated(EnumType.STRING)
		private ActionOwnerKind ownerKind;

		private @Nullable String ownerUserId;

		private String ownerName;

		private @Nullable LocalDate dueDate;

		@Enumerated(EnumType.STRING)
		private ActionStatus status;

		private Instant lastChangedAt;

		private String lastChangedByUserId;

		private String lastChangedByName;

		protected ActionEntry() {
		}

		static ActionEntry of(WorkContext work, UUID id, PlannedAction planned) {
			ActionEntry entry = new ActionEntry();
			entry.actionId = id;
			entry.description = planned.description();
			entry.ownerKind = planned.owner().kind();
			entry.ownerUserId = planned.owner().userId();
			entry.ownerName = planned.owner().displayName();
			entry.dueDate = planned.dueDate();
			entry.status = planned.status();
			entry.lastChangedAt = work.now();
			entry.lastChangedByUserId = work.user().userId();
			entry.lastChangedByName = work.user().displayName();
			return entry;
		}

		ActionEntry copy() {
			ActionEntry copy = new ActionEntry();
			copy.actionId = actionId;
			copy.description = description;
			copy.ownerKind = ownerKind;
			copy.ownerUserId = ownerUserId;
			copy.ownerName = ownerName;
			copy.dueDate = dueDate;
			copy.status = status;
			copy.lastChangedAt = lastChangedAt;
			copy.lastChangedByUserId = lastChangedByUserId;
			copy.lastChangedByName = lastChangedByName;
			return copy;
		}

		boolean sameAs(PlannedAction planned) {
			return description.equals(planned.description()) && ownerKind == planned.owner().kind()
					&& Objects.equals(ownerUserId, planned.owner().userId())
					&& ownerName.equals(planned.owner().displayName()) && Objects.equals(dueDate, planned.dueDate())
					&& status == planned.status();
		}

		PlannedAction planned() {
			return new PlannedAction(actionId, description, new ActionOwner(ownerKind, ownerUserId, ownerName), dueDate,
					status);
		}

		ProjectView.ActionView view() {
			return new ProjectView.ActionView(actionId, description, new ActionOwner(ownerKind, ownerUserId, ownerName),
					dueDate, status, lastChangedAt, new StaffRef(lastChangedByUserId, lastChangedByName));
		}
	}
}
