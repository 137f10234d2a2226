package it.casa.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Cases of the current municipality (the connection is bound to its schema). */
interface CaseFiles extends JpaRepository<CaseFile, UUID> {

	List<CaseFile> findByHouseholdId(UUID householdId);

	Optional<CaseFile> findByOriginModuleAndOriginId(String originModule, UUID originId);
}
