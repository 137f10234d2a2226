package it.casa.platform.audit;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.TenantDirectory;
import it.casa.platform.TenantId;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The audit trail for agency administrators: {@code GET /api/platform/audit} (paginated, newest first),
 * {@code GET /api/platform/audit/export.csv} (the same filters, every match) and
 * {@code GET /api/platform/audit/verification}. Filters: {@code actor}, {@code tenant} (a municipality's id, or the
 * district's id for accesses made with no municipality), {@code action}, {@code recordType}, {@code recordId},
 * {@code from} (inclusive) and {@code to} (exclusive) as ISO-8601 instants.
 * <p>
 * Access is checked by {@link AuditAdministration}'s methods (agency administrators only, once method security
 * exists).
 */
@RestController
@RequestMapping("/api/platform/audit")
class AuditController {

	static final int MAX_PAGE_SIZE = 500;

	/** What the table's column holds. */
	static final int MAX_ACTOR_LENGTH = 200;

	/** The SEARCH/EXPORT event records the filters as its record id, which holds at most 1000 characters. */
	static final int MAX_FILTER_DESCRIPTION = 1000;

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final AuditAdministration administration;

	private final TenantDirectory tenants;

	AuditController(AuditAdministration administration, TenantDirectory tenants) {
		this.administration = administration;
		this.tenants = tenants;
	}

	@GetMapping
	AuditPage search(AuditQuery query, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (page < 0 || page > 1_000_000) {
			throw new InvalidAuditQueryException("page must be between 0 and 1000000");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidAuditQueryException("size must be between 1 and " + MAX_PAGE_SIZE);
		}
		return administration.search(filter(query), page, size);
	}

	/** Written straight to the response as the rows arrive: an export of the whole trail needs constant memory. */
	@GetMapping("/export.csv")
	void export(AuditQuery query, HttpServletResponse response) {
		administration.export(filter(query), () -> {
			response.setContentType("text/csv; charset=UTF-8; header=present");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("casa-audit-" + FILE_TIME.format(Instant.now()) + ".csv")
				.build()
				.toString());
			return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		});
	}

	@GetMapping("/verification")
	ChainVerification verification() {
		return administration.verify();
	}

	@ExceptionHandler(InvalidAuditQueryException.class)
	ProblemDetail invalidQuery(InvalidAuditQueryException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid audit query");
		problem.setProperty("code", "audit.query.invalid");
		return problem;
	}

	private AuditFilter filter(AuditQuery query) {
		String tenant = blankToNull(query.tenant());
		boolean districtLevelOnly = tenant != null && tenant.equals(tenants.district().id().value());
		if (tenant != null && !districtLevelOnly && !TenantId.isWellFormed(tenant)) {
			throw new InvalidAuditQueryException("tenant must be a municipality's id or the district's");
		}
		if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
			throw new InvalidAuditQueryException("from must be before to");
		}
		AuditFilter filter = new AuditFilter(limited("actor", query.actor(), MAX_ACTOR_LENGTH),
				districtLevelOnly ? null : tenant, districtLevelOnly, query.action(),
				limited("recordType", query.recordType(), AuditEventFactory.MAX_RECORD_TYPE_LENGTH),
				limited("recordId", query.recordId(), AuditEventFactory.MAX_RECORD_ID_LENGTH), query.from(),
				query.to());
		if (filter.describe().length() > MAX_FILTER_DESCRIPTION) {
			throw new InvalidAuditQueryException("the filters are too long to be recorded; narrow them");
		}
		return filter;
	}

	private static @Nullable String limited(String name, @Nullable String value, int maxLength) {
		String text = blankToNull(value);
		if (text != null && text.codePointCount(0, text.length()) > maxLength) {
			throw new InvalidAuditQueryException(name + " is at most " + maxLength + " characters");
		}
		// The filters become the record id of the search's own event, which holds visible characters only.
		if (text != null && !text.codePoints().allMatch(AuditEventFactory::isPrintable)) {
			throw new InvalidAuditQueryException(name + " must not contain line breaks or invisible characters");
		}
		return text;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Query parameters shared by the search and the export; absent or blank means "any". */
	record AuditQuery(@Nullable String actor, @Nullable String tenant, @Nullable AuditAction action,
			@Nullable String recordType, @Nullable String recordId, @Nullable Instant from, @Nullable Instant to) {
	}

	static final class InvalidAuditQueryException extends RuntimeException {

		InvalidAuditQueryException(String message) {
			super(message);
		}
	}
}
