package it.casa.platform.tenancy;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import it.casa.platform.DistrictReads;
import it.casa.platform.TenantContext;

/**
 * {@link DistrictReads}: clears the municipality, then opens a new read-only transaction, so that the connection it
 * borrows is bound to the district role ({@link TenantRoutingDataSource} binds on borrow).
 */
final class DistrictReadScope implements DistrictReads {

	private final TransactionTemplate readOnly;

	DistrictReadScope(PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		// A new transaction: joining the caller's would reuse a connection bound to its municipality.
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public <T> T read(Supplier<T> work) {
		return TenantContext.callAs(null, () -> readOnly.execute(status -> work.get()));
	}
}
