package it.casa.platform.rules;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * The rules in force and their explanations, for every module. Reads are served from memory (every version is small)
 * and never touch the caller's transaction, so evaluating inside a municipality's request is cheap and safe.
 */
public interface RuleBook {

	/** @throws UnknownRuleSetException if no such rule set exists */
	RuleSet ruleSet(RuleSetId id);

	List<RuleSet> ruleSets();

	/** @throws UnknownRuleSetException if no version has this id */
	RuleVersion version(RuleVersionId id);

	/** Every version of the rule set (drafts too), oldest first. */
	List<RuleVersion> versions(RuleSetId id);

	/**
	 * The adopted version that applies on {@code on}: of the versions in effect that day, the one in effect from the
	 * latest date; on the same date one adopted in CASA before one shipped, then the latest adopted.
	 *
	 * @param municipality for rule sets of municipality scope, whose version; ignored for district rule sets
	 * @throws NoVersionInForceException if none applies
	 */
	RuleVersion inForce(RuleSetId id, @Nullable TenantId municipality, LocalDate on);

	/** Evaluates the version in force on {@code on}: what a new decision stores, by its {@link Evaluation#version()}. */
	default Evaluation evaluate(RuleSetId id, @Nullable TenantId municipality, LocalDate on, Facts facts) {
		return evaluate(inForce(id, municipality, on).id(), facts);
	}

	/**
	 * Evaluates one version: how an old decision explains itself with the version it used, whatever is in force today.
	 *
	 * @throws InvalidFactsException if a fact is not declared by the rule set or has the wrong type
	 */
	Evaluation evaluate(RuleVersionId version, Facts facts);
}
