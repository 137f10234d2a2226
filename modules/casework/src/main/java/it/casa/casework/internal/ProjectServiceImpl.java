package it.casa.casework.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.casework.ActionOwner;
import it.casa.casework.ActionOwnerKind;
import it.casa.casework.CaseId;
import it.casa.casework.ConsentMissingException;
import it.casa.casework.ConsentScope;
import it.casa.casework.PlannedAction;
import it.casa.casework.ProjectContent;
import it.casa.casework.ProjectRevisionView;
import it.casa.casework.ProjectService;
import it.casa.casework.ProjectView;
import it.casa.casework.StaffOrganisation;
import it.casa.casework.Wording;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.RecordNotFoundException;
import it.casa.platform.StaffRef;
import it.casa.platform.StaleVersionException;
import it.casa.platform.module.WorkContext;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional
class ProjectServiceImpl implements ProjectService {

	private final CaseAccess access;

	private final CaseFiles cases;

	private final IndividualProjects projects;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final ConsentRegister consents;

	ProjectServiceImpl(CaseAccess access, CaseFiles cases, IndividualProjects projects, JdbcTemplate jdbc, JsonMapper json,
			AuditTrail audit, ConsentRegister consents) {
		this.access = access;
		this.cases = cases;
		this.projects = projects;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.consents = consents;
	}

	@Override
	@Transactional(readOnly = true)
	public ProjectView find(CaseId caseId) {
		WorkContext work = access.work();
		access.readable(work, caseId);
		IndividualProject project = load(caseId);
		audit.record(AuditAction.READ, Audit.PROJECT, caseId.toString());
		return project.view();
	}

	@Override
	public ProjectView agree(CaseId caseId, long expectedCaseVersion, ProjectContent content) {
		WorkContext work = access.work();
		CaseFile file = access.writable(work, caseId, expectedCaseVersion);
		// The case checks the lifecycle first: only a triaged case gets a project.
		file.agreeProject(work, content.goals().size(), content.actions().size());
		requireConsentForNewTeamActions(file, List.of(), content);
		IndividualProject project = projects.save(IndividualProject.agree(work, caseId, content));
		cases.saveAndFlush(file);
		keepRevision(work, project, IndividualProject.AGREED);
		audit.record(AuditAction.CREATE, Audit.PROJECT, caseId.toString());
		return project.view();
	}

	@Override
	public ProjectView revise(CaseId caseId, long expectedVersion, ProjectContent content) {
		WorkContext work = access.work();
		CaseFile file = access.readable(work, caseId);
		file.requireOpen();
		IndividualProject project = load(caseId);
		StaleVersionException.requireVersion("project", project.version(), expectedVersion);
		requireConsentForNewTeamActions(file, project.content().actions(), content);
		Wording summary = project.revise(work, content, file.facts());
		projects.saveAndFlush(project);
		keepRevision(work, project, summary);
		audit.record(AuditAction.UPDATE, Audit.PROJECT, caseId.toString());
		return project.view();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProjectRevisionView> revisions(CaseId caseId) {
		WorkContext work = access.work();
		access.readable(work, caseId);
		load(caseId);
		audit.record(AuditAction.READ, Audit.PROJECT, caseId.toString());
		return jdbc.query("""
				SELECT revision, changed_at, changed_by_user_id, changed_by_name, organisation, summary_wording, content
				FROM project_revision WHERE case_id = ? ORDER BY revision DESC""",
				(row, n) -> new ProjectRevisionView(row.getInt("revision"), row.getTimestamp("changed_at").toInstant(),
						new StaffRef(row.getString("changed_by_user_id"), row.getString("changed_by_name")),
						StaffOrganisation.valueOf(row.getString("organisation")),
						Objects.requireNonNull(WordingColumn.fromColumn(row.getString("summary_wording"))),
						json.readValue(row.getString("content"), ProjectContent.class)),
				caseId.value());
	}

	/**
	 * An action given to the autonomy team (new, or moved to a team operator) shares the case with the team: the
	 * household must have consented to it. Actions the team already owns stay whatever the consent says; while it is
	 * not in force the team cannot see them, and the agency finds the case among those whose team actions lack it.
	 */
	private void requireConsentForNewTeamActions(CaseFile file, List<PlannedAction> before, ProjectContent after) {
		Map<UUID, ActionOwner> owners = new HashMap<>();
		before.forEach(action -> owners.put(action.id(), action.owner()));
		boolean newTeamAction = after.actions()
			.stream()
			.filter(action -> action.owner().kind() == ActionOwnerKind.AUTONOMY_TEAM_OPERATOR)
			.anyMatch(action -> action.id() == null || !action.owner().equals(owners.get(action.id())));
		if (newTeamAction && !consents.inForce(file.householdId(), ConsentScope.AUTONOMY_TEAM)) {
			throw new ConsentMissingException(ConsentScope.AUTONOMY_TEAM, "casework.project.teamAction");
		}
	}

	private IndividualProject load(CaseId caseId) {
		return projects.findById(caseId.value()).orElseThrow(() -> new RecordNotFoundException("project"));
	}

	/** Every revision is kept whole, so that any earlier text can be shown as it was agreed. */
	private void keepRevision(WorkContext work, IndividualProject project, Wording summary) {
		jdbc.update("""
				INSERT INTO project_revision (case_id, revision, changed_at, changed_by_user_id, changed_by_name,
				                              organisation, summary_wording, content)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", project.caseId().value(), project.revision(),
				Timestamp.from(work.now()), work.user().userId(), work.user().displayName(), StaffOrganisation.of(work.user()).name(),
				WordingColumn.toColumn(summary), json.writeValueAsString(project.content()));
	}
}
