package it.casa.casework.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.casework.HouseholdDetails;
import it.casa.casework.HouseholdId;
import it.casa.casework.HouseholdService;
import it.casa.casework.HouseholdView;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.RecordNotFoundException;
import it.casa.platform.StaleVersionException;
import it.casa.platform.module.WorkContext;

@Service
@Transactional
class HouseholdServiceImpl implements HouseholdService {

	private final CaseAccess access;

	private final HouseholdFiles households;

	private final AuditTrail audit;

	HouseholdServiceImpl(CaseAccess access, HouseholdFiles households, AuditTrail audit) {
		this.access = access;
		this.households = households;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public HouseholdView find(HouseholdId id) {
		WorkContext work = access.work();
		HouseholdFile household = load(id);
		access.requireHouseholdVisible(work, id);
		audit.record(AuditAction.READ, Audit.HOUSEHOLD, id.toString());
		return household.view(work.today());
	}

	@Override
	public HouseholdView update(HouseholdId id, long expectedVersion, HouseholdDetails details) {
		WorkContext work = access.work();
		HouseholdFile household = load(id);
		StaleVersionException.requireVersion("household", household.version(), expectedVersion);
		household.replace(work, details);
		households.saveAndFlush(household);
		audit.record(AuditAction.UPDATE, Audit.HOUSEHOLD, id.toString());
		return household.view(work.today());
	}

	private HouseholdFile load(HouseholdId id) {
		return households.findById(id.value()).orElseThrow(() -> new RecordNotFoundException("household"));
	}
}
