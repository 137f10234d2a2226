package it.casa.casework.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.casework.InboxEntry;
import it.casa.casework.InboxQuery;
import it.casa.casework.InboxService;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.Tenant;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantDirectory;
import it.casa.platform.TenantId;
import it.casa.platform.UnknownTenantException;
import it.casa.platform.module.DistrictClock;
import it.casa.platform.module.ModuleRights;
import it.casa.platform.module.WorkContext;

@Service
@Transactional(readOnly = true)
class InboxServiceImpl implements InboxService {

	private final CaseAccess access;

	private final CurrentUsers users;

	private final TenantDirectory tenants;

	private final DistrictReadModel readModel;

	private final DistrictClock clock;

	private final AuditTrail audit;

	private final ModuleRights rights;

	InboxServiceImpl(CaseAccess access, CurrentUsers users, TenantDirectory tenants, DistrictReadModel readModel,
			DistrictClock clock, AuditTrail audit, ModuleRights rights) {
		this.access = access;
		this.users = users;
		this.tenants = tenants;
		this.readModel = readModel;
		this.clock = clock;
		this.audit = audit;
		this.rights = rights;
	}

	@Override
	public Page<InboxEntry> inbox(InboxQuery query) {
		Optional<TenantId> current = TenantContext.current();
		return current.isPresent() ? municipalityInbox(query) : districtInbox(query);
	}

	private Page<InboxEntry> municipalityInbox(InboxQuery query) {
		WorkContext work = access.work();
		String actionOwner = CaseAccess.seesOnlyAssignedCases(work.user()) ? work.user().userId() : null;
		DistrictReadModel.InboxPage page = readModel.inbox(List.of(work.tenant()), query, actionOwner, work.today());
		audit.record(AuditAction.SEARCH, Audit.INBOX, work.tenant().value());
		return toPage(page, query, Map.of(), false, work.today());
	}

	/** Every active municipality at once (the triage right), with duplicates across municipalities flagged. */
	private Page<InboxEntry> districtInbox(InboxQuery query) {
		CurrentUser user = users.require();
		if (!rights.allows(user, CaseAccess.TRIAGE)) {
			throw new AccessDeniedException("The district inbox is for agency operators; choose a municipality");
		}
		List<TenantId> municipalities = tenants.activeMunicipalities()
			.stream()
			.filter(tenant -> tenant.uses("casework"))
			.map(Tenant::id)
			.filter(id -> query.municipality() == null || id.equals(query.municipality()))
			.toList();
		if (query.municipality() != null && municipalities.isEmpty()) {
			throw new UnknownTenantException(query.municipality().value());
		}
		DistrictReadModel.InboxPage page = readModel.inbox(municipalities, query, null, clock.today());
		Map<UUID, List<InboxEntry.PossibleDuplicate>> duplicates = readModel.possibleDuplicates(
				page.rows().stream().map(row -> row.caseId().value()).toList(),
				tenants.activeMunicipalities().stream().map(Tenant::id).toList());
		audit.record(AuditAction.SEARCH, Audit.INBOX, "district");
		return toPage(page, query, duplicates, true, clock.today());
	}

	private Page<InboxEntry> toPage(DistrictReadModel.InboxPage page, InboxQuery query,
			Map<UUID, List<InboxEntry.PossibleDuplicate>> duplicates, boolean districtView, LocalDate today) {
		List<InboxEntry> entries = page.rows()
			.stream()
			.map(row -> new InboxEntry(row.caseId(), row.tenant().value(), municipalityName(row.tenant()), row.householdId(),
					row.referencePerson(), row.householdSize(), row.status(), row.grade(), row.evictionDate(),
					row.evictionDate() != null && row.evictionDate().isBefore(today), row.filedAt(), row.requestedOn(),
					ChronoUnit.DAYS.between(row.requestedOn(), today),
					row.assignee(), row.housingSituation(), row.filedBy(), row.teamActionsWithoutConsent(),
					districtView ? duplicates.getOrDefault(row.caseId().value(), List.of()) : null))
			.toList();
		return new PageImpl<>(entries, PageRequest.of(query.page(), query.size()), page.total());
	}

	private String municipalityName(TenantId id) {
		return tenants.find(id).map(Tenant::displayName).orElse(id.value());
	}
}
