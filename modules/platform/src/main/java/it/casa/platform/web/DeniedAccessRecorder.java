package it.casa.platform.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records in the audit trail a refused attempt at a record (ADR 0028): an API request that named a record by a path
 * variable {@code <type>Id} and was answered 403 or 404, in whatever module. The record is the first such variable
 * ({@code /cases/{caseId}/notes} is an attempt at the case); repeats by the same user at the same record are folded
 * by {@link DeniedAccessWindows}, so that a probe of a foreign case leaves a few rows, not one per try.
 */
final class DeniedAccessRecorder implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(DeniedAccessRecorder.class);

	private static final String ID_SUFFIX = "Id";

	private final ObjectProvider<AuditTrail> audit;

	private final ObjectProvider<CurrentUsers> users;

	private final DeniedAccessWindows windows;

	DeniedAccessRecorder(ObjectProvider<AuditTrail> audit, ObjectProvider<CurrentUsers> users,
			DeniedAccessWindows windows) {
		this.audit = audit;
		this.users = users;
		this.windows = windows;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@org.jspecify.annotations.Nullable Exception ex) {
		int status = response.getStatus();
		if (!(handler instanceof HandlerMethod) || status != HttpStatus.FORBIDDEN.value()
				&& status != HttpStatus.NOT_FOUND.value()) {
			return;
		}
		if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
			return;
		}
		for (Map.Entry<?, ?> variable : variables.entrySet()) {
			String name = String.valueOf(variable.getKey());
			if (name.length() > ID_SUFFIX.length() && name.endsWith(ID_SUFFIX) && variable.getValue() != null) {
				record(name.substring(0, name.length() - ID_SUFFIX.length()), String.valueOf(variable.getValue()));
				return;
			}
		}
	}

	private void record(String recordType, String recordId) {
		AuditTrail trail = audit.getIfAvailable();
		CurrentUsers currentUsers = users.getIfAvailable();
		if (trail == null || currentUsers == null || !PlausibleInput.isPlainText(recordId)) {
			return;
		}
		String actor = currentUsers.current().map(CurrentUser::userId).orElse("");
		String tenant = TenantContext.current().map(TenantId::value).orElse("");
		if (!windows.counts(actor, tenant, recordType, recordId)) {
			return;
		}
		try {
			trail.record(AuditAction.DENIED, recordType, recordId);
		}
		catch (RuntimeException failure) {
			// The refusal stands whatever happens here; the answer has been decided already.
			log.error("A refused access could not be recorded: {}", SafeThrowable.describe(failure));
		}
	}
}
