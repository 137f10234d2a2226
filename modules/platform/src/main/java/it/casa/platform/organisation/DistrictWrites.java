package it.casa.platform.organisation;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import it.casa.platform.TenantContext;

/**
 * Runs a change of the organisations table as the district (the only role that may write it), whatever municipality
 * the caller works in, in a transaction of its own: the change and its audit event commit together or not at all.
 */
@Component
class DistrictWrites {

	private final TransactionTemplate ownTransaction;

	DistrictWrites(PlatformTransactionManager transactions) {
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	<T> T run(Supplier<T> change) {
		return TenantContext.callAs(null, () -> ownTransaction.execute(status -> change.get()));
	}
}
