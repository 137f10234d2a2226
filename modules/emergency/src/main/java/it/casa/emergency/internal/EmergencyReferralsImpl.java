package it.casa.emergency.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.emergency.EmergencyId;
import it.casa.emergency.EmergencyNotFoundException;
import it.casa.emergency.EmergencyReferral;
import it.casa.emergency.EmergencyReferrals;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.CurrentUsers;
import it.casa.platform.Role;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

/**
 * Referrals for case work. Listeners call it with no user (the audit trail records the system as the reader); a
 * user, should one call it, needs an emergency worker's role. Either way only an emergency handed over in the current
 * municipality is answered: this is no way round the emergency's own API.
 */
@Service
@Transactional(readOnly = true)
class EmergencyReferralsImpl implements EmergencyReferrals {

	private final CurrentUsers users;

	private final EmergencyFiles emergencies;

	private final AuditTrail audit;

	EmergencyReferralsImpl(CurrentUsers users, EmergencyFiles emergencies, AuditTrail audit) {
		this.users = users;
		this.emergencies = emergencies;
		this.audit = audit;
	}

	@Override
	public EmergencyReferral referral(TenantId tenant, EmergencyId emergency) {
		users.current().ifPresent(user -> {
			if (!user.has(Role.MUNICIPAL_OPERATOR) && !user.has(Role.AGENCY_OPERATOR)) {
				throw new AccessDeniedException("Only emergency workers read referrals");
			}
			if (user.boundTenant() != null && !user.boundTenant().equals(tenant)) {
				throw new EmergencyNotFoundException();
			}
		});
		if (!TenantContext.current().map(tenant::equals).orElse(false)) {
			throw new EmergencyNotFoundException();
		}
		EmergencyReferral referral = emergencies.findById(emergency.value())
			.flatMap(file -> file.referral(tenant))
			.orElseThrow(EmergencyNotFoundException::new);
		audit.record(AuditAction.READ, Audit.EMERGENCY, emergency.toString());
		return referral;
	}
}
