package it.casa.platform.tenancy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import com.zaxxer.hikari.HikariDataSource;

import it.casa.platform.Tenant;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.UnknownTenantException;

/**
 * The application's only DataSource. Every borrowed connection is switched to the current municipality's role
 * and schema (or to the district's when no municipality is set) before anyone sees it, and switched back when
 * it is returned. JPA, JdbcTemplate and hand-written SQL all go through here, so isolation does not depend on
 * each query: the municipality's role is granted its own schema only.
 * <p>
 * Binding happens on every borrow, never trusting what the previous borrower left: even a connection that
 * failed to reset carries nothing into the next unit of work.
 */
final class TenantRoutingDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TenantRoutingDataSource.class);

	private final HikariDataSource pool;

	private final TenantRegistry registry;

	TenantRoutingDataSource(HikariDataSource pool, TenantRegistry registry) {
		super(pool);
		this.pool = pool;
		this.registry = registry;
	}

	@Override
	public Connection getConnection() throws SQLException {
		Binding binding = bindingForCurrentTenant();
		Connection connection = pool.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET ROLE " + DatabaseRoles.quoted(binding.role()) + "; SET search_path TO "
					+ DatabaseRoles.quoted(binding.schema()));
		}
		catch (SQLException | RuntimeException ex) {
			pool.evictConnection(connection);
			throw ex;
		}
		return resettingOnClose(connection);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLException("Connections are bound to the current municipality; credentials cannot be chosen");
	}

	private Binding bindingForCurrentTenant() {
		TenantId tenantId = TenantContext.current().orElse(null);
		if (tenantId == null) {
			return new Binding(DatabaseRoles.DISTRICT_SCHEMA, DatabaseRoles.DISTRICT_ROLE);
		}
		Tenant tenant = registry.find(tenantId)
			.filter(Tenant::isMunicipality)
			.orElseThrow(() -> new UnknownTenantException(tenantId.value()));
		return new Binding(tenant.schema(), DatabaseRoles.roleFor(tenant.schema()));
	}

	private Connection resettingOnClose(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("close") && method.getParameterCount() == 0) {
						closeReset(connection);
						return null;
					}
					if (method.getName().equals("unwrap") && arguments[0] == Connection.class) {
						return proxy;
					}
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private void closeReset(Connection connection) throws SQLException {
		if (connection.isClosed()) {
			return;
		}
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("RESET ROLE; RESET search_path");
			}
			connection.close();
		}
		catch (SQLException ex) {
			log.warn("A connection could not be reset and is discarded ({})", ex.getSQLState());
			pool.evictConnection(connection);
		}
	}

	@Override
	public void close() {
		pool.close();
	}

	private record Binding(String schema, String role) {
	}
}
