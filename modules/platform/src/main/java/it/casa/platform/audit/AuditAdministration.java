package it.casa.platform.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.TenantContext;

/**
 * The agency administrator's view of the trail: search, CSV export and chain verification. Reading the trail is
 * itself an access to be accounted for, so each of them is recorded first; if that fails, nothing is read.
 * <p>
 * The trail lives in the district schema and only the district role may read it: the queries run with no
 * municipality, whichever one the administrator has chosen.
 * <p>
 * Only agency administrators: checked here on every method, not only by the URL rules (the class is not final
 * so that it can be proxied).
 */
class AuditAdministration {

	/** Record type under which reads of the trail itself are recorded. */
	static final String AUDIT_TRAIL = "audit_trail";

	private final AuditTrail trail;

	private final AuditEventStore store;

	private final TransactionTemplate readOnly;

	AuditAdministration(AuditTrail trail, AuditEventStore store, PlatformTransactionManager transactions) {
		this.trail = trail;
		this.store = store;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@PreAuthorize("hasRole('AGENCY_ADMIN')")
	AuditPage search(AuditFilter filter, int page, int size) {
		trail.record(AuditAction.SEARCH, AUDIT_TRAIL, filter.describe());
		return TenantContext.callAs(null, () -> store.find(filter, page, size));
	}

	/**
	 * Streams every matching event, oldest first, to the writer {@code opener} returns. The opener is called only
	 * once the export has been recorded, so a failure to record can still be answered with an error.
	 */
	@PreAuthorize("hasRole('AGENCY_ADMIN')")
	void export(AuditFilter filter, WriterOpener opener) {
		trail.record(AuditAction.EXPORT, AUDIT_TRAIL, filter.describe());
		TenantContext.runAs(null, () -> readOnly.executeWithoutResult(status -> {
			try {
				Writer out = opener.open();
				AuditCsv csv = new AuditCsv(out);
				csv.writeHeader();
				store.forEach(filter, csv::write);
				out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
	}

	@PreAuthorize("hasRole('AGENCY_ADMIN')")
	ChainVerification verify() {
		trail.record(AuditAction.READ, AUDIT_TRAIL, "verification");
		return TenantContext.callAs(null, store::verify);
	}

	@FunctionalInterface
	interface WriterOpener {
		Writer open() throws IOException;
	}
}
