package it.casa.casework.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Individual projects, identified by their case. */
interface IndividualProjects extends JpaRepository<IndividualProject, UUID> {
}
