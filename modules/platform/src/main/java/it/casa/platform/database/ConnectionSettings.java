package it.casa.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How to reach the database as the application's owner role. Besides the pool, the platform opens
 * dedicated connections from these settings for work that changes session state (migrations, provisioning):
 * such connections are closed afterwards and never return to the pool.
 */
public record ConnectionSettings(String url, String user, String password) {

	public Connection openDedicatedConnection() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		properties.setProperty("ApplicationName", "casa-admin");
		properties.setProperty("logServerErrorDetail", "false");
		return DriverManager.getConnection(url, properties);
	}

	@Override
	public String toString() {
		return "ConnectionSettings[url=" + url + ", user=" + user + "]";
	}
}
