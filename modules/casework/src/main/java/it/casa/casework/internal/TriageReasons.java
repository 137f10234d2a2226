package it.casa.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import it.casa.casework.GradeProposal;
import it.casa.casework.GradeProposer;
import it.casa.casework.GradeReason;
import it.casa.casework.TriageChecklist;
import it.casa.casework.TriageCriterion;
import it.casa.platform.module.DistrictClock;

/**
 * The reasons of a recorded grade decision as they were shown at triage. Only the criteria are stored; their details
 * (days to the eviction, the rent's share of income) come from proposing again on the recorded checklist and the day
 * of the decision, with the default thresholds. Should that give other criteria than the stored ones, the stored
 * criteria are shown without details: what was decided is never rewritten.
 */
@Component
class TriageReasons {

	private final GradeProposer proposer = new GradeProposer();

	List<GradeReason> asShownAtTriage(TriageChecklist checklist, Instant decidedAt, List<TriageCriterion> stored) {
		LocalDate decidedOn = DistrictClock.dateOf(decidedAt);
		GradeProposal recomputed = proposer.propose(checklist, decidedOn);
		return recomputed.criteria().equals(stored) ? recomputed.reasons() : stored.stream().map(GradeReason::of).toList();
	}
}
