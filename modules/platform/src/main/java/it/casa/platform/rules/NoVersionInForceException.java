package it.casa.platform.rules;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/** No adopted version of the rule set applies on that day (in that municipality). */
public class NoVersionInForceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NoVersionInForceException(RuleSetId ruleSet, @Nullable TenantId municipality, LocalDate on) {
		super("No version of rule set " + ruleSet + (municipality == null ? "" : " for " + municipality)
				+ " is in force on " + on);
	}
}
