package it.casa.platform.rules;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * One version of a rule set. Shipped versions come from the files in {@code rules/}; an agency administrator drafts,
 * reviews and adopts others in CASA. Once adopted a version is never changed.
 *
 * @param municipality the municipality whose version it is, for rule sets of {@link RuleSet.Scope#MUNICIPALITY} scope
 * @param key a name unique in its rule set (and municipality): a shipped version's file name
 * @param revision a draft's revision, for optimistic locking of edits
 */
public record RuleVersion(RuleVersionId id, RuleSetId ruleSet, @Nullable TenantId municipality, String key,
		Status status, Origin origin, RuleContent content, String draftedBy, Instant draftedAt,
		@Nullable String adoptedBy, @Nullable Instant adoptedAt, long revision) {

	public RuleVersion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(ruleSet, "ruleSet");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(content, "content");
	}

	public boolean adopted() {
		return status == Status.ADOPTED;
	}

	public enum Status {
		DRAFT, ADOPTED
	}

	public enum Origin {
		/** Shipped with CASA as a file of {@code rules/}. */
		FILE,
		/** Drafted and adopted by an agency administrator in CASA. */
		ADMINISTRATOR
	}
}
