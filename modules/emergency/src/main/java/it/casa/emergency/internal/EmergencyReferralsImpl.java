package it.casa.emergency.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.emergency.EmergencyId;
import it.casa.emergency.EmergencyReferral;
import it.casa.emergency.EmergencyReferrals;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.CurrentUsers;
import it.casa.platform.RecordNotFoundException;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.module.ModuleRights;

/**
 * Referrals for case work. Listeners call it with no user (the audit trail records the system as the reader); a
 * user, should one call it, needs the right to work on emergencies. Either way only an emergency handed over in the current
 * municipality is answered: this is no way round the emergency's own API.
 */
@Service
@Transactional(readOnly = true)
class EmergencyReferralsImpl implements EmergencyReferrals {

	private final CurrentUsers users;

	private final EmergencyFiles emergencies;

	private final AuditTrail audit;

	private final ModuleRights rights;

	EmergencyReferralsImpl(CurrentUsers users, EmergencyFiles emergencies, AuditTrail audit, ModuleRights rights) {
		this.users = users;
		this.emergencies = emergencies;
		this.audit = audit;
		this.rights = rights;
	}

	@Override
	public EmergencyReferral referral(TenantId tenant, EmergencyId emergency) {
		users.current().ifPresent(user -> {
			if (!rights.allows(user, EmergencyAccess.WORK)) {
				throw new AccessDeniedException("Only emergency workers read referrals");
			}
			if (user.boundTenant() != null && !user.boundTenant().equals(tenant)) {
				throw new RecordNotFoundException("emergency");
			}
		});
		if (!TenantContext.current().map(tenant::equals).orElse(false)) {
			throw new RecordNotFoundException("emergency");
		}
		EmergencyReferral referral = emergencies.findById(emergency.value())
			.flatMap(file -> file.referral(tenant))
			.orElseThrow(() -> new RecordNotFoundException("emergency"));
		audit.record(AuditAction.READ, Audit.EMERGENCY, emergency.toString());
		return referral;
	}
}
