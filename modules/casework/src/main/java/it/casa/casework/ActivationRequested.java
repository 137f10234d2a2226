package it.casa.casework;

import java.time.Instant;

import it.casa.platform.TenantId;

/**
 * An activation request (scheda di attivazione) was filed: a new case exists, with status
 * {@link CaseStatus#REQUESTED}.
 *
 * @param householdSize the number of household members, reference person included
 * @param fragileMembers whether a member was a minor, over 65 or disabled on the date of the request
 */
public record ActivationRequested(TenantId tenant, CaseId caseId, HouseholdId householdId, Instant occurredAt,
		CaseFacts facts, int householdSize, boolean fragileMembers) implements CaseEvent {
}
