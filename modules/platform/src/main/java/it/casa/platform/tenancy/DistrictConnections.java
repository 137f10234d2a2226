package it.casa.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import it.casa.platform.TenantContext;

/**
 * A pool of its own with one connection bound to the district, apart from the application's pool: for the one
 * worker whose callers wait for it while they hold a connection of the application's pool (the audit trail's
 * writer, docs/adr/0017). Were it to borrow from their pool, enough waiting callers would leave it none.
 */
public final class DistrictConnections implements AutoCloseable {

	private final TenantRoutingDataSource pool;

	DistrictConnections(TenantRoutingDataSource pool) {
		this.pool = pool;
	}

	/** A connection bound to the district's role and schema whatever the calling thread works in; close it after use. */
	public Connection open() throws SQLException {
		return TenantContext.callAs(null, pool::getConnection);
	}

	@Override
	public void close() {
		pool.close();
	}
}
