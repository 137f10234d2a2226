package it.casa.emergency.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.emergency.EmergencyList;
import it.casa.emergency.EmergencyQuery;
import it.casa.emergency.EmergencySummary;
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
class EmergencyListImpl implements EmergencyList {

	static final String MODULE = "emergency";

	private final EmergencyAccess access;

	private final CurrentUsers users;

	private final TenantDirectory tenants;

	private final DistrictOverview overview;

	private final DistrictClock clock;

	private final AuditTrail audit;

	private final ModuleRights rights;

	EmergencyListImpl(EmergencyAccess access, CurrentUsers users, TenantDirectory tenants, DistrictOverview overview,
			DistrictClock clock, AuditTrail audit, ModuleRights rights) {
		this.access = access;
		this.users = users;
		this.tenants = tenants;
		this.overview = overview;
		this.clock = clock;
		this.audit = audit;
		this.rights = rights;
	}

	@Override
	public Page<EmergencySummary> list(EmergencyQuery query) {
		Optional<TenantId> current = TenantContext.current();
		if (current.isPresent()) {
			WorkContext work = access.work();
			DistrictOverview.OverviewPage page = overview.list(List.of(work.tenant()), query, work.now());
			audit.record(AuditAction.SEARCH, Audit.LIST, work.tenant().value());
			return toPage(page, query);
		}
		return districtList(query);
	}

	/** Every municipality that uses the module: the district right only. */
	private Page<EmergencySummary> districtList(EmergencyQuery query) {
		CurrentUser user = users.require();
		if (!rights.allows(user, EmergencyAccess.DISTRICT)) {
			throw new AccessDeniedException("The district view is for agency operators");
		}
		List<TenantId> municipalities = tenants.activeMunicipalities()
			.stream()
			.filter(tenant -> tenant.uses(MODULE))
			.map(Tenant::id)
			.filter(id -> query.municipality() == null || id.equals(query.municipality()))
			.toList();
		if (query.municipality() != null && municipalities.isEmpty()) {
			throw new UnknownTenantException(query.municipality().value());
		}
		if (municipalities.isEmpty()) {
			return Page.empty(PageRequest.of(query.page(), query.size()));
		}
		DistrictOverview.OverviewPage page = overview.list(municipalities, query, clock.now());
		audit.record(AuditAction.SEARCH, Audit.LIST, "district");
		return toPage(page, query);
	}

	private Page<EmergencySummary> toPage(DistrictOverview.OverviewPage page, EmergencyQuery query) {
		List<EmergencySummary> summaries = page.rows()
			.stream()
			.map(row -> new EmergencySummary(row.id(), row.tenant().value(), municipalityName(row.tenant()),
					row.calledAt(), row.reportingEntityKind(), row.reportingEntityName(), row.problemType(), row.place(),
					row.peopleCount(), row.minors(), row.fragileMembers(), row.status(), row.handedOver(),
					row.measureKind(), row.measureUntil(), row.nextDueAt(), row.overdue(), row.closedAt()))
			.toList();
		return new PageImpl<>(summaries, PageRequest.of(query.page(), query.size()), page.total());
	}

	private String municipalityName(TenantId id) {
		return tenants.find(id).map(Tenant::displayName).orElse(id.value());
	}
}
