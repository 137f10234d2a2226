package it.casa.freemarket.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import it.casa.freemarket.PartnerLockedException;
import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.Organisation;
import it.casa.platform.OrganisationKind;
import it.casa.platform.OrganisationStatus;
import it.casa.platform.Organisations;
import it.casa.platform.StaffRef;
import it.casa.platform.module.DistrictClock;
import it.casa.platform.module.Stamp;

/**
 * Who calls Free Market: a partner agency's person (whose agency must be in force today: the platform's organisation
 * active, Free Market's accreditation and agreement running) or the agency's staff. Read at every call, never cached,
 * so that a suspension or an expiry locks a partner out at its next request.
 */
@Component
class Callers {

	private final CurrentUsers users;

	private final Organisations organisations;

	private final Partners partners;

	private final DistrictClock clock;

	Callers(CurrentUsers users, Organisations organisations, Partners partners, DistrictClock clock) {
		this.users = users;
		this.organisations = organisations;
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * The caller, checked. Runs in the district's transaction (it reads the partner's terms).
	 *
	 * @throws PartnerLockedException if the caller's agency may not work in Free Market today
	 */
	Caller current() {
		CurrentUser user = users.require();
		LocalDate today = clock.today();
		Stamp stamp = Stamp.of(clock.now(), StaffRef.of(user));
		if (user.organisation() == null) {
			return new Caller(user, null, today, stamp);
		}
		Organisation organisation = organisations.find(user.organisation())
			.filter(found -> found.kind() == OrganisationKind.REAL_ESTATE_AGENCY)
			.orElseThrow(() -> new PartnerLockedException("freemarket.partner.notAnAgency",
					"Only real-estate agencies work in Free Market"));
		if (organisation.statusOn(today) != OrganisationStatus.ACTIVE) {
			throw new PartnerLockedException("freemarket.partner.organisationNotActive",
					"The agency is suspended or outside its validity");
		}
		Partner partner = partners.findById(organisation.id().value())
			.orElseThrow(() -> new PartnerLockedException("freemarket.partner.notAccredited",
					"The agency has no Free Market accreditation"));
		String lock = partner.lockOn(today);
		if (lock != null) {
			throw new PartnerLockedException(lock, "The agency's accreditation or agreement is not in force today");
		}
		return new Caller(user, partner, today, stamp);
	}

	/**
	 * @param partner the caller's agency's terms; null for the agency's staff
	 */
	record Caller(CurrentUser user, @Nullable Partner partner, LocalDate today, Stamp stamp) {

		/** Whose offers the caller writes: its organisation's id, or null for the agency's own. */
		@Nullable String owner() {
			return partner == null ? null : partner.organisationId();
		}

		boolean owns(Offer offer) {
			return java.util.Objects.equals(owner(), offer.organisationId());
		}
	}
}
