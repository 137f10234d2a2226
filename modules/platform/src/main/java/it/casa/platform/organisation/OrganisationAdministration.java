package it.casa.platform.organisation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.Organisation;
import it.casa.platform.OrganisationId;
import it.casa.platform.OrganisationKind;
import it.casa.platform.tenancy.DistrictTransactions;
import it.casa.platform.web.FieldProblem;
import it.casa.platform.web.InvalidFieldsException;

/**
 * What agency administrators do with partner organisations: list them, register one, suspend and reinstate it, renew
 * its validity. Every change is audited with the organisation's id. A suspension counts from the next request of
 * any of its people (the platform's lock-out reads the table at every request).
 */
@Service
class OrganisationAdministration {

	private final OrganisationStore store;

	private final OrganisationRegistry registry;

	private final DistrictTransactions writes;

	private final AuditTrail audit;

	OrganisationAdministration(OrganisationStore store, OrganisationRegistry registry, DistrictTransactions writes,
			AuditTrail audit) {
		this.store = store;
		this.registry = registry;
		this.writes = writes;
		this.audit = audit;
	}

	Page list(@Nullable OrganisationKind kind, int page, int size) {
		return new Page(store.page(kind, page * size, size), store.count(kind));
	}

	StoredOrganisation show(OrganisationId id) {
		return store.find(id).orElseThrow(OrganisationRefusedException::notFound);
	}

	StoredOrganisation add(OrganisationId id, String name, OrganisationKind kind, LocalDate validFrom,
			LocalDate validUntil) {
		requireValidUntil(validFrom, validUntil);
		return writes.run(() -> {
			if (!store.insert(new Organisation(id, name, kind, validFrom, validUntil, false))) {
				throw OrganisationRefusedException.idTaken();
			}
			audit.record(AuditAction.CREATE, OrganisationRegistry.RECORD_TYPE, id.value());
			return show(id);
		});
	}

	StoredOrganisation suspend(OrganisationId id, long version, String reason) {
		return writes.run(() -> {
			StoredOrganisation current = current(id, version);
			if (current.organisation().suspended()) {
				throw OrganisationRefusedException.alreadySuspended();
			}
			return changed(id, version, store.suspend(id, reason, version));
		});
	}

	StoredOrganisation reinstate(OrganisationId id, long version) {
		return writes.run(() -> {
			StoredOrganisation current = current(id, version);
			if (!current.organisation().suspended()) {
				throw OrganisationRefusedException.notSuspended();
			}
			return changed(id, version, store.reinstate(id, version));
		});
	}

	/** Moves the last day of validity; a suspension stays as it is (reinstating is a decision of its own). */
	StoredOrganisation renew(OrganisationId id, long version, LocalDate validUntil) {
		return writes.run(() -> {
			StoredOrganisation current = current(id, version);
			requireValidUntil(current.organisation().validFrom(), validUntil);
			return changed(id, version, store.renew(id, validUntil, version));
		});
	}

	private StoredOrganisation current(OrganisationId id, long version) {
		StoredOrganisation current = show(id);
		if (current.version() != version) {
			throw OrganisationRefusedException.stale(current.version());
		}
		return current;
	}

	private StoredOrganisation changed(OrganisationId id, long version, boolean updated) {
		if (!updated) {
			// Changed between our read and our write.
			throw OrganisationRefusedException.stale(show(id).version());
		}
		audit.record(AuditAction.UPDATE, OrganisationRegistry.RECORD_TYPE, id.value());
		return show(id);
	}

	/** An agreement ends on or after the day it starts, and no earlier than today: an ended one is not registered. */
	private void requireValidUntil(LocalDate validFrom, LocalDate validUntil) {
		if (validUntil.isBefore(validFrom)) {
			throw new InvalidFieldsException(List.of(new FieldProblem("validUntil", "organisation.validUntil.beforeValidFrom",
					"must not be before validFrom")));
		}
		if (validUntil.isBefore(registry.today())) {
			throw new InvalidFieldsException(List.of(new FieldProblem("validUntil", "organisation.validUntil.past",
					"must not be in the past")));
		}
	}

	record Page(List<StoredOrganisation> items, long total) {
	}
}
