package it.casa.casework.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Households' consents in the current municipality, one per household that ever gave one. */
interface HouseholdConsents extends JpaRepository<HouseholdConsent, UUID> {
}
