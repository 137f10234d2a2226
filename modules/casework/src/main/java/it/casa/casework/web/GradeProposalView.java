package it.casa.casework.web;

import java.util.List;

import it.casa.casework.GradeProposal;
import it.casa.casework.GradeReason;

/**
 * The system's proposal as the API shows it: the grade by its number (1 to 4), as the case, the triage and the inbox
 * number it, so that clients never translate between names and numbers.
 *
 * @param grade the proposed grade, 1 (fragility) to 4 (emergency)
 * @param reasons why, in the order the criteria were checked
 */
record GradeProposalView(int grade, List<GradeReason> reasons) {

	static GradeProposalView of(GradeProposal proposal) {
		return new GradeProposalView(proposal.grade().number(), proposal.reasons());
	}
}
