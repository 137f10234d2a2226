package it.casa.platform.tenancy;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.casa.platform.DistrictReads;
import it.casa.platform.DistrictWork;
import it.casa.platform.TenantContext;

/**
 * Work on district data (the district's role and schema) whatever municipality the caller works in: clears the
 * municipality, then opens a transaction, so that the connection it borrows is bound to the district
 * ({@link TenantRoutingDataSource} binds on borrow).
 * <p>
 * Never inside a transaction: the caller's connection belongs to its municipality, so this would need a second
 * pooled connection while the caller holds the first, which under load empties the pool with every holder waiting
 * for another (docs/adr/0017). Such a call fails at once, in the first test that makes it, instead of in production
 * at nine in the morning: start the district work before or after the caller's transaction.
 */
public final class DistrictTransactions implements DistrictReads, DistrictWork {

	private final TransactionTemplate readOnly;

	private final TransactionTemplate readWrite;

	DistrictTransactions(PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readWrite = new TransactionTemplate(transactions);
	}

	@Override
	public <T> T read(Supplier<T> work) {
		return inDistrict(readOnly, work);
	}

	/** Runs {@code work} in one read-write district transaction: its changes and audit events commit together. */
	@Override
	public <T> T run(Supplier<T> work) {
		return inDistrict(readWrite, work);
	}

	private static <T> T inDistrict(TransactionTemplate transaction, Supplier<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("District work cannot run inside a transaction: it would hold a second"
					+ " pooled connection (docs/adr/0017); run it before or after the caller's transaction");
		}
		return TenantContext.callAs(null, () -> transaction.execute(status -> work.get()));
	}
}
