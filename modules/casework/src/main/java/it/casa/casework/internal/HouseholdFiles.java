package it.casa.casework.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Households of the current municipality (the connection is bound to its schema). */
interface HouseholdFiles extends JpaRepository<HouseholdFile, UUID> {
}
