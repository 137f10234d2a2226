package it.casa.platform.organisation;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.Organisation;
import it.casa.platform.OrganisationId;
import it.casa.platform.OrganisationStatus;
import it.casa.platform.Organisations;
import it.casa.platform.module.DistrictClock;
import it.casa.platform.tenancy.DistrictTransactions;

/**
 * The platform's {@link Organisations}: one read of the district table by primary key, never cached, so that a
 * suspension counts from the next request on every replica. Also what the rest of the platform needs beyond the
 * modules' lookup: today's status (the lock-out) and the registration of the embedded provider's demo organisations.
 */
@Component
public class OrganisationRegistry implements Organisations {

	static final String RECORD_TYPE = "organisation";

	private final OrganisationStore store;

	private final DistrictTransactions writes;

	private final AuditTrail audit;

	/** Validity dates are days of the district's calendar. */
	private final DistrictClock clock;

	OrganisationRegistry(OrganisationStore store, DistrictTransactions writes, AuditTrail audit, DistrictClock clock) {
		this.store = store;
		this.writes = writes;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Optional<Organisation> find(OrganisationId id) {
		return store.find(id).map(StoredOrganisation::organisation);
	}

	/** Today's date in the district, the day validity dates are compared with. */
	public LocalDate today() {
		return clock.today();
	}

	/** The organisation's status today; empty for an id no organisation has. */
	public Optional<OrganisationStatus> statusToday(OrganisationId id) {
		return find(id).map(organisation -> organisation.statusOn(today()));
	}

	/**
	 * Registers {@code organisation} unless one with its id exists, which is then left exactly as it is (an
	 * administrator's suspension or renewal survives): for the embedded provider's demo organisations, at every start.
	 *
	 * @return whether it was registered now
	 */
	public boolean registerIfAbsent(Organisation organisation) {
		return writes.run(() -> {
			boolean inserted = store.insert(organisation);
			if (inserted) {
				audit.record(AuditAction.CREATE, RECORD_TYPE, organisation.id().value());
			}
			return inserted;
		});
	}
}
