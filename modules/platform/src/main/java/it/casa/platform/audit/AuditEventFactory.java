package it.casa.platform.audit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.Role;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Describes an access from what the platform knows about the current unit of work: the user, the municipality
 * and, inside an HTTP request, the stated reason and the request id. The caller names only the record.
 */
final class AuditEventFactory {

	/** Actor of work done with no authenticated user: event listeners, start-up and background jobs. */
	static final String SYSTEM_ACTOR = "system";

	/** Why agency staff open a municipality's record; the UI asks for it when they choose a municipality. */
	static final String REASON_HEADER = "X-Casa-Access-Reason";

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	/** Every event of one request shares one id, generated at most once per request. */
	static final String REQUEST_ID_ATTRIBUTE = AuditEventFactory.class.getName() + ".requestId";

	static final int MAX_REASON_LENGTH = 200;

	static final int MAX_RECORD_TYPE_LENGTH = 100;

	static final int MAX_RECORD_ID_LENGTH = 1000;

	/** A client's own correlation id is kept only if it is plainly an id: nothing that could smuggle text in. */
	private static final Pattern ACCEPTABLE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	/**
	 * The personal Italian fiscal code (omocodia letters included). It is personal data and the likeliest thing
	 * to be passed as a record id by mistake; failing loudly keeps it out of an append-only table.
	 */
	private static final Pattern PERSONAL_FISCAL_CODE = Pattern
		.compile("[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");

	private final ObjectProvider<CurrentUsers> users;

	AuditEventFactory(ObjectProvider<CurrentUsers> users) {
		this.users = users;
	}

	AuditEvent describe(AuditAction action, String recordType, String recordId) {
		requireIdentifier("record type", recordType, MAX_RECORD_TYPE_LENGTH);
		requireIdentifier("record id", recordId, MAX_RECORD_ID_LENGTH);
		if (PERSONAL_FISCAL_CODE.matcher(recordId.replaceAll("\\s", "").toUpperCase(Locale.ROOT)).matches()) {
			throw new IllegalArgumentException("A fiscal code is personal data and cannot be an audited record id");
		}
		Optional<CurrentUser> user = currentUser();
		TenantId tenant = TenantContext.current().orElse(null);
		HttpServletRequest request = currentRequest();
		String reason = null;
		if (request != null && tenant != null && user.map(CurrentUser::isAgencyStaff).orElse(false)) {
			reason = sanitiseReason(request.getHeader(REASON_HEADER));
		}
		return new AuditEvent(user.map(CurrentUser::userId).orElse(SYSTEM_ACTOR),
				user.map(u -> u.roles().stream().map(Role::name).sorted().toList()).orElse(List.of()),
				tenant == null ? null : tenant.value(), action, recordType, recordId, reason,
				request == null ? null : requestId(request));
	}

	private Optional<CurrentUser> currentUser() {
		// No bean until identity is configured, and no user in listeners and jobs: both are the system's work.
		CurrentUsers currentUsers = users.getIfAvailable();
		return currentUsers == null ? Optional.empty() : currentUsers.current();
	}

	private static @Nullable HttpServletRequest currentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
	}

	/**
	 * The reason as typed, made safe for a table that is exported to spreadsheets and never corrected: control and
	 * invisible formatting characters (line breaks, bidirectional overrides) removed, at most 200 characters.
	 */
	static @Nullable String sanitiseReason(@Nullable String header) {
		if (header == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder();
		header.codePoints().filter(AuditEventFactory::isPrintable).forEach(kept::appendCodePoint);
		String reason = kept.toString().strip();
		if (reason.isEmpty()) {
			return null;
		}
		if (reason.codePointCount(0, reason.length()) > MAX_REASON_LENGTH) {
			reason = reason.substring(0, reason.offsetByCodePoints(0, MAX_REASON_LENGTH)).strip();
		}
		return reason;
	}

	/** The client's {@code X-Request-Id} if it is a plain id, else one generated for this request. */
	static String requestId(HttpServletRequest request) {
		Object known = request.getAttribute(REQUEST_ID_ATTRIBUTE);
		if (known instanceof String id) {
			return id;
		}
		String header = request.getHeader(REQUEST_ID_HEADER);
		String id = header != null && ACCEPTABLE_REQUEST_ID.matcher(header).matches() ? header
				: UUID.randomUUID().toString();
		request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
		return id;
	}

	static boolean isPrintable(int codePoint) {
		if (Character.isISOControl(codePoint)) {
			return false;
		}
		int type = Character.getType(codePoint);
		return type != Character.FORMAT && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
				&& type != Character.SURROGATE && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
	}

	private static void requireIdentifier(String what, @Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("An audited " + what + " must not be blank");
		}
		if (value.codePointCount(0, value.length()) > maxLength) {
			throw new IllegalArgumentException("An audited " + what + " is at most " + maxLength + " characters");
		}
		if (value.codePoints().anyMatch(codePoint -> !isPrintable(codePoint))) {
			throw new IllegalArgumentException("An audited " + what + " must not contain control characters");
		}
	}
}
