package it.casa.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface JointInterviews extends JpaRepository<JointInterview, UUID> {

	List<JointInterview> findByCaseIdOrderByScheduledFor(UUID caseId);
}
