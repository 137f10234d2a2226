package it.casa.platform.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;

import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.CurrentUsers;
import it.casa.platform.TenantDirectory;
import it.casa.platform.TenantId;
import it.casa.platform.web.FieldProblem;
import it.casa.platform.web.InvalidFieldsException;

/**
 * What an agency administrator does with rule versions: draft one, change or discard the draft, review it against
 * the version in force, and adopt it. Every step is audited; an adopted version is never changed again.
 */
final class RuleAdministration {

	static final String AUDIT_RECORD = "rule-version";

	static final String AUDIT_ADOPTION = "rule-version-adoption";

	private final RuleStore store;

	private final DatabaseRuleBook book;

	private final CurrentUsers users;

	private final AuditTrail audit;

	private final TenantDirectory tenants;

	RuleAdministration(RuleStore store, DatabaseRuleBook book, CurrentUsers users, AuditTrail audit,
			TenantDirectory tenants) {
		this.store = store;
		this.book = book;
		this.users = users;
		this.audit = audit;
		this.tenants = tenants;
	}

	RuleVersion draft(RuleSetId ruleSet, @Nullable TenantId municipality, String key, RuleContent content) {
		validate(ruleSet, municipality, key, content);
		RuleVersionId id;
		try {
			id = store.insert(ruleSet, municipality, key, content, RuleVersion.Origin.ADMINISTRATOR,
					users.require().userId(), false);
		}
		catch (DuplicateKeyException ex) {
			throw keyTaken(key);
		}
		audit.record(AuditAction.CREATE, AUDIT_RECORD, id.toString());
		book.reload();
		return book.version(id);
	}

	RuleVersion change(RuleVersionId id, String key, RuleContent content, long revision) {
		RuleVersion draft = requireDraft(id);
		validate(draft.ruleSet(), draft.municipality(), key, content);
		boolean changed;
		try {
			changed = store.updateDraft(id, key, content, revision);
		}
		catch (DuplicateKeyException ex) {
			throw keyTaken(key);
		}
		if (!changed) {
			throw stale();
		}
		audit.record(AuditAction.UPDATE, AUDIT_RECORD, id.toString());
		book.reload();
		return book.version(id);
	}

	void discard(RuleVersionId id, long revision) {
		requireDraft(id);
		if (!store.deleteDraft(id, revision)) {
			throw stale();
		}
		audit.record(AuditAction.DELETE, AUDIT_RECORD, id.toString());
		book.reload();
	}

	RuleVersion adopt(RuleVersionId id, long revision) {
		RuleVersion draft = requireDraft(id);
		// The rule set's vocabulary may have changed since the draft was written.
		validate(draft.ruleSet(), draft.municipality(), draft.key(), draft.content());
		if (!store.adopt(id, users.require().userId(), revision)) {
			throw stale();
		}
		audit.record(AuditAction.UPDATE, AUDIT_ADOPTION, id.toString());
		book.reload();
		return book.version(id);
	}

	/**
	 * The changes of {@code id} against {@code against}, or by default against the version in force on the day it
	 * takes effect (nothing when there is none: every line is new).
	 */
	Review review(RuleVersionId id, @Nullable RuleVersionId against) {
		RuleVersion version = book.version(id);
		RuleVersion other = against != null ? book.version(against) : inForceBefore(version);
		if (other != null && !other.ruleSet().equals(version.ruleSet())) {
			throw new InvalidFieldsException(List.of(new FieldProblem("against", "rules.against.otherRuleSet",
					"version " + against + " belongs to another rule set")));
		}
		return new Review(version, other, RuleDiff.between(other == null ? null : other.content(), version.content()));
	}

	record Review(RuleVersion version, @Nullable RuleVersion against, List<RuleDiff.RuleChange> changes) {
	}

	private @Nullable RuleVersion inForceBefore(RuleVersion version) {
		LocalDate day = version.content().effectiveFrom();
		try {
			RuleVersion inForce = book.inForce(version.ruleSet(), version.municipality(), day);
			return inForce.id().equals(version.id()) ? inForceBefore(day.minusDays(1), version) : inForce;
		}
		catch (NoVersionInForceException ex) {
			return null;
		}
	}

	private @Nullable RuleVersion inForceBefore(LocalDate day, RuleVersion version) {
		try {
			return book.inForce(version.ruleSet(), version.municipality(), day);
		}
		catch (NoVersionInForceException ex) {
			return null;
		}
	}

	private void validate(RuleSetId ruleSet, @Nullable TenantId municipality, String key, RuleContent content) {
		List<FieldProblem> problems = new java.util.ArrayList<>(
				RuleValidator.version(book.ruleSet(ruleSet), municipality, key, content));
		if (municipality != null && tenants.find(municipality).filter(t -> t.isMunicipality()).isEmpty()) {
			problems.add(new FieldProblem("municipality", "rules.municipality.unknown", "is not a registered municipality"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	private RuleVersion requireDraft(RuleVersionId id) {
		RuleVersion version = book.version(id);
		if (version.adopted()) {
			throw new RuleConflictException("rules.version.adopted",
					"Version " + version.key() + " is adopted: it is never changed; draft a new version instead");
		}
		return Objects.requireNonNull(version);
	}

	private static RuleConflictException stale() {
		return new RuleConflictException("version.stale",
				"Someone else changed this draft after you opened it (or adopted or discarded it); reload it");
	}

	private static RuleConflictException keyTaken(String key) {
		return new RuleConflictException("rules.key.taken", "Another version of this rule set is already named " + key);
	}
}
