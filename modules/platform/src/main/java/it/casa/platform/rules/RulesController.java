package it.casa.platform.rules;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;
import it.casa.platform.web.FieldProblem;
import it.casa.platform.web.InvalidFieldsException;
import it.casa.platform.web.ModuleProblemHandlers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Rule sets for the agency: everyone on the agency's staff reads them and asks "what if"; administrators draft,
 * review (the changes against the version in force) and adopt versions. Under {@code /api/platform/rules}.
 */
@RestController
@RequestMapping("/api/platform/rules")
@PreAuthorize("hasAnyRole('AGENCY_ADMIN', 'AGENCY_OPERATOR')")
class RulesController extends ModuleProblemHandlers {

	private final RuleBook book;

	private final RuleAdministration administration;

	private final DistrictClock clock;

	RulesController(RuleBook book, RuleAdministration administration, DistrictClock clock) {
		this.book = book;
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The rule sets, each with its versions")
	List<RuleSetView> ruleSets() {
		return book.ruleSets().stream().map(this::view).toList();
	}

	@GetMapping("/{ruleSet}")
	@Operation(summary = "One rule set with its versions, oldest first")
	RuleSetView ruleSet(@PathVariable String ruleSet) {
		return view(book.ruleSet(ruleSetId(ruleSet)));
	}

	@GetMapping("/{ruleSet}/versions/{id}")
	@Operation(summary = "One version: its act, dates, parameters, criteria and decision")
	RuleVersionView version(@PathVariable String ruleSet, @PathVariable long id) {
		return view(versionOf(ruleSet, id));
	}

	@GetMapping("/{ruleSet}/versions/{id}/changes")
	@Operation(summary = "What a version changes against another (by default the version in force when it takes effect)")
	RuleReviewView changes(@PathVariable String ruleSet, @PathVariable long id, @RequestParam(required = false) @Nullable Long against) {
		RuleVersion version = versionOf(ruleSet, id);
		RuleAdministration.Review review = administration.review(version.id(),
				against == null ? null : RuleVersionId.of(against));
		return new RuleReviewView(view(review.version()), review.against() == null ? null : view(review.against()),
				review.changes());
	}

	@PostMapping("/{ruleSet}/versions")
	@PreAuthorize("hasRole('AGENCY_ADMIN')")
	@Operation(summary = "Draft a new version (administrators)")
	ResponseEntity<RuleVersionView> draft(@PathVariable String ruleSet, @Valid @RequestBody RuleVersionRequest request) {
		RuleVersion draft = administration.draft(ruleSetId(ruleSet), municipality(request.municipality()),
				request.key().strip(), request.content());
		return ResponseEntity.created(URI.create("/api/platform/rules/" + ruleSet + "/versions/" + draft.id()))
			.body(view(draft));
	}

	@PutMapping("/{ruleSet}/versions/{id}")
	@PreAuthorize("hasRole('AGENCY_ADMIN')")
	@Operation(summary = "Change a draft (administrators); an adopted version is never changed")
	RuleVersionView change(@PathVariable String ruleSet, @PathVariable long id, @Valid @RequestBody RuleVersionChange request) {
		RuleVersion version = versionOf(ruleSet, id);
		if (!Objects.equals(municipality(request.version().municipality()), version.municipality())) {
			throw new InvalidFieldsException(List.of(new FieldProblem("municipality", "rules.municipality.fixed",
					"a draft stays with the municipality it was drafted for")));
		}
		return view(administration.change(version.id(), request.version().key().strip(), request.version().content(),
				request.revision()));
	}

	@DeleteMapping("/{ruleSet}/versions/{id}")
	@PreAuthorize("hasRole('AGENCY_ADMIN')")
	@Operation(summary = "Discard a draft (administrators)")
	ResponseEntity<Void> discard(@PathVariable String ruleSet, @PathVariable long id, @RequestParam long revision) {
		administration.discard(versionOf(ruleSet, id).id(), revision);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{ruleSet}/versions/{id}/adoption")
	@PreAuthorize("hasRole('AGENCY_ADMIN')")
	@Operation(summary = "Adopt a draft (administrators): from then on it is never changed")
	RuleVersionView adopt(@PathVariable String ruleSet, @PathVariable long id, @Valid @RequestBody RuleAdoption request) {
		return view(administration.adopt(versionOf(ruleSet, id).id(), request.revision()));
	}

	@PostMapping("/{ruleSet}/evaluation")
	@Operation(summary = "What if: evaluate facts with the version in force on a day, or with a given version; nothing is stored")
	Evaluation whatIf(@PathVariable String ruleSet, @Valid @RequestBody RuleWhatIf request) {
		RuleSetId id = ruleSetId(ruleSet);
		Facts facts = Facts.of(request.facts());
		if (request.version() != null) {
			return book.evaluate(versionOf(ruleSet, request.version()).id(), facts);
		}
		RuleSet set = book.ruleSet(id);
		TenantId municipality = municipality(request.municipality());
		if (set.scope() == RuleSet.Scope.MUNICIPALITY && municipality == null) {
			throw new InvalidFieldsException(List.of(new FieldProblem("municipality", "rules.municipality.required",
					"rule set " + id + " belongs to each municipality: name the municipality")));
		}
		return book.evaluate(id, municipality, request.on() == null ? today() : request.on(), facts);
	}

	@ExceptionHandler(UnknownRuleSetException.class)
	ProblemDetail unknown(UnknownRuleSetException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", "No such rule set or version.", "rules.notFound");
	}

	@ExceptionHandler(NoVersionInForceException.class)
	ProblemDetail noneInForce(NoVersionInForceException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "No version in force", ex.getMessage(), "rules.noVersionInForce");
	}

	@ExceptionHandler(RuleConflictException.class)
	ProblemDetail conflict(RuleConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage(), ex.code());
	}

	@ExceptionHandler(InvalidFactsException.class)
	ProblemDetail invalidFacts(InvalidFactsException ex) {
		return invalid(List.of(new FieldProblem("facts." + ex.arguments().getOrDefault("fact", ""), ex.code(), ex.getMessage())));
	}

	private RuleVersion versionOf(String ruleSet, long id) {
		RuleVersion version = book.version(RuleVersionId.of(id));
		if (!version.ruleSet().equals(ruleSetId(ruleSet))) {
			throw new UnknownRuleSetException("Version " + id + " is not of rule set " + ruleSet);
		}
		return version;
	}

	private static RuleSetId ruleSetId(String value) {
		if (!RuleSetId.isWellFormed(value)) {
			throw new UnknownRuleSetException("No rule set " + value);
		}
		return RuleSetId.of(value);
	}

	private static @Nullable TenantId municipality(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!TenantId.isWellFormed(value)) {
			throw new InvalidFieldsException(List.of(new FieldProblem("municipality", "rules.municipality.unknown",
					"is not a municipality's id")));
		}
		return TenantId.of(value);
	}

	private LocalDate today() {
		return clock.today();
	}

	private RuleSetView view(RuleSet set) {
		return new RuleSetView(set.id().value(), set.name(), set.scope(), set.facts(), set.outcomes(),
				book.versions(set.id()).stream().map(this::view).toList());
	}

	private RuleVersionView view(RuleVersion version) {
		RuleContent content = version.content();
		return new RuleVersionView(version.id().value(), version.ruleSet().value(),
				version.municipality() == null ? null : version.municipality().value(), version.key(), version.status(),
				version.origin(), inForceToday(version), content.act(), content.effectiveFrom(), content.effectiveTo(),
				content.parameters(), content.criteria(), content.decision(), version.draftedBy(), version.draftedAt(),
				version.adoptedBy(), version.adoptedAt(), version.revision());
	}

	private boolean inForceToday(RuleVersion version) {
		if (!version.adopted()) {
			return false;
		}
		try {
			return book.inForce(version.ruleSet(), version.municipality(), today()).id().equals(version.id());
		}
		catch (NoVersionInForceException ex) {
			return false;
		}
	}

	record RuleSetView(String id, Label name, RuleSet.Scope scope, List<FactDefinition> facts, Map<String, Label> outcomes,
			List<RuleVersionView> versions) {
	}

	/**
	 * @param inForce whether it is the version that applies today
	 * @param revision what a change, discard or adoption of a draft must name (optimistic locking)
	 */
	record RuleVersionView(long id, String ruleSet, @Nullable String municipality, String key, RuleVersion.Status status,
			RuleVersion.Origin origin, boolean inForce, AdoptingAct act, LocalDate effectiveFrom,
			@Nullable LocalDate effectiveTo, List<Parameter> parameters, List<Criterion> criteria,
			List<DecisionRule> decision, String draftedBy, Instant draftedAt, @Nullable String adoptedBy,
			@Nullable Instant adoptedAt, long revision) {
	}

	record RuleReviewView(RuleVersionView version, @Nullable RuleVersionView against, List<RuleDiff.RuleChange> changes) {
	}

	/** A version as an administrator writes it. */
	record RuleVersionRequest(@NotBlank @Size(max = 60) String key, @Nullable String municipality, @NotNull AdoptingAct act,
			@NotNull LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, @NotNull List<Parameter> parameters,
			@NotNull List<Criterion> criteria, @NotNull List<DecisionRule> decision) {

		RuleContent content() {
			return new RuleContent(act, effectiveFrom, effectiveTo, parameters, criteria, decision);
		}
	}

	record RuleVersionChange(@NotNull @Valid RuleVersionRequest version, long revision) {
	}

	record RuleAdoption(long revision) {
	}

	/**
	 * @param on the day whose version in force applies; today by default
	 * @param version a version to use instead (a draft under review, or the version an old decision used)
	 */
	record RuleWhatIf(@NotNull Map<String, @Nullable Object> facts, @Nullable LocalDate on, @Nullable String municipality,
			@Nullable Long version) {
	}
}
