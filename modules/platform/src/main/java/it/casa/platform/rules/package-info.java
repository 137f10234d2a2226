/**
 * Versioned rules with explanations (docs/adr/0022): rule sets whose versions name the act that adopted them, their
 * effective dates, typed parameters and criteria; evaluation on a record's facts gives the outcome and, criterion by
 * criterion, the fact, the threshold and whether it was met. Exposed to function modules as the {@code rules} named
 * interface ({@link it.casa.platform.rules.RuleBook}); the administrators' API and the files of {@code rules/} are
 * internal.
 */
@NamedInterface("rules")
@NullMarked
package it.casa.platform.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
