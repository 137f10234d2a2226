package it.casa.emergency.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Emergencies of the current municipality (the connection is bound to its schema). */
interface EmergencyFiles extends JpaRepository<EmergencyFile, UUID> {
}
