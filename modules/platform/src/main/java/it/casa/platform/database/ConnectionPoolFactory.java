package it.casa.platform.database;

import com.zaxxer.hikari.HikariDataSource;

/** Makes connection pools logged in as the owner role of the database. */
public interface ConnectionPoolFactory {

	/** The application's pool, sized by {@code casa.db.pool-size}. */
	HikariDataSource create();

	/**
	 * A small pool of its own, for work that must never wait for the application's pool because its callers hold a
	 * connection of that pool while they wait (docs/adr/0017).
	 */
	HikariDataSource createDedicated(String name, int maximumSize);
}
