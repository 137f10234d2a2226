package it.casa.platform.database;

import com.zaxxer.hikari.HikariDataSource;

/** Makes the application's connection pool, logged in as the owner role of the database. */
@FunctionalInterface
public interface ConnectionPoolFactory {

	HikariDataSource create();
}
