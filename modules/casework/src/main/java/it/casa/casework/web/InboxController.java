package it.casa.casework.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.casework.CaseStatus;
import it.casa.casework.Grade;
import it.casa.casework.InboxEntry;
import it.casa.casework.InboxOrder;
import it.casa.casework.InboxQuery;
import it.casa.casework.InboxService;
import it.casa.platform.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/casework/inbox")
@Tag(name = "Inbox", description = "Open requests, most urgent first")
class InboxController extends CaseworkApi {

	private final InboxService inbox;

	InboxController(InboxService inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	@Operation(summary = "The inbox of requests, most urgent first",
			description = "By default grade 4 first, then requests not triaged yet, then grades 3, 2, 1; within each the "
					+ "soonest eviction date, then the oldest request. Inside a municipality: its requests. With no municipality "
					+ "chosen (agency operators): the whole district, with possible duplicates across municipalities.")
	PagedModel<InboxEntry> inbox(
			@Parameter(description = "District view only: one municipality's id") @RequestParam(required = false)
			@Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*") @Nullable String municipality,
			@Parameter(description = "Grades 1-4; 0 for requests not triaged yet") @RequestParam(required = false)
			@Nullable List<@Min(0) @Max(4) Integer> grade,
			@Parameter(description = "Statuses; the open ones by default") @RequestParam(required = false)
			@Nullable Set<CaseStatus> status,
			@Parameter(description = "Only cases assigned to this operator (user id)") @RequestParam(required = false)
			@Size(max = 200) @Nullable String assignee,
			@Parameter(description = "Only requests made at least this many days ago, by their request date") @RequestParam(required = false)
			@Min(0) @Max(36500) @Nullable Integer minAgeDays,
			@Parameter(description = "Only requests made at most this many days ago, by their request date") @RequestParam(required = false)
			@Min(0) @Max(36500) @Nullable Integer maxAgeDays,
			@Parameter(description = "Words of the members' names, in any order; parts of names match") @RequestParam(
					required = false) @Size(max = 100) @Nullable String q,
			@Parameter(description = "The order of the whole list, before paging; most urgent first by default")
			@RequestParam(defaultValue = "URGENCY") InboxOrder sort,
			@Parameter(description = "Only cases with actions of the autonomy team whose household's consent to the team "
					+ "is not in force") @RequestParam(defaultValue = "false") boolean teamActionsWithoutConsent,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(InboxQuery.MAX_PAGE_SIZE) int size) {
		Set<Grade> grades = EnumSet.noneOf(Grade.class);
		boolean ungraded = false;
		for (Integer number : grade == null ? List.<Integer>of() : grade) {
			if (number == 0) {
				ungraded = true;
			}
			else {
				grades.add(Grade.ofNumber(number));
			}
		}
		InboxQuery query = new InboxQuery(municipality == null ? null : TenantId.of(municipality), grades, ungraded,
				status == null ? Set.of() : status, assignee, minAgeDays, maxAgeDays, q, teamActionsWithoutConsent, sort, page,
				size);
		return new PagedModel<>(inbox.inbox(query));
	}
}
