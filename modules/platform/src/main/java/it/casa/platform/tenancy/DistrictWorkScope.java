package it.casa.platform.tenancy;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import it.casa.platform.DistrictWork;
import it.casa.platform.TenantContext;

/**
 * {@link DistrictWork}: clears the municipality, then opens a new transaction, so that the connection it borrows is
 * bound to the district role ({@link TenantRoutingDataSource} binds on borrow), as {@link DistrictReadScope} does for
 * reads.
 */
@Component
final class DistrictWorkScope implements DistrictWork {

	private final TransactionTemplate ownTransaction;

	DistrictWorkScope(PlatformTransactionManager transactions) {
		this.ownTransaction = new TransactionTemplate(transactions);
		// A new transaction: joining the caller's would reuse a connection bound to its municipality.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public <T> T run(Supplier<T> work) {
		return TenantContext.callAs(null, () -> ownTransaction.execute(status -> work.get()));
	}
}
