package it.casa.platform.database;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Chooses the database: {@code casa.db.url} (or {@code CASA_DB_URL}), else Spring's {@code spring.datasource.url},
 * else an embedded PostgreSQL. The pool itself is wrapped by the tenancy package, which decides per borrowed
 * connection which schema and role it works as.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(DatabaseProperties properties, Environment environment) throws Exception {
		if (properties.external()) {
			return new DatabaseServer.External(new ConnectionSettings(properties.url(), orEmpty(properties.user()),
					orEmpty(properties.password())));
		}
		String springUrl = environment.getProperty("spring.datasource.url");
		if (springUrl != null && !springUrl.isBlank()) {
			return new DatabaseServer.External(new ConnectionSettings(springUrl,
					environment.getProperty("spring.datasource.username", ""),
					environment.getProperty("spring.datasource.password", "")));
		}
		return EmbeddedPostgresServer.start(properties.embedded());
	}

	@Bean
	ConnectionSettings connectionSettings(DatabaseServer databaseServer) {
		return databaseServer.connectionSettings();
	}

	@Bean
	ConnectionPoolFactory connectionPoolFactory(ConnectionSettings settings, DatabaseProperties properties) {
		return new ConnectionPoolFactory() {

			@Override
			public HikariDataSource create() {
				return pool(settings, "casa", properties.poolSizeOrDefault(), properties.connectionTimeoutOrDefault());
			}

			@Override
			public HikariDataSource createDedicated(String name, int maximumSize) {
				return pool(settings, name, maximumSize, properties.connectionTimeoutOrDefault());
			}
		};
	}

	private static HikariDataSource pool(ConnectionSettings settings, String name, int maximumSize,
			Duration connectionTimeout) {
		HikariConfig config = new HikariConfig();
		// Past capacity a request waits this long for a connection and is then answered 503 with Retry-After
		// (docs/adr/0017): quickly, instead of piling up behind Hikari's default of 30 s.
		config.setConnectionTimeout(connectionTimeout.toMillis());
		config.setPoolName(name);
		config.setJdbcUrl(settings.url());
		config.setUsername(settings.user());
		config.setPassword(settings.password());
		config.setMaximumPoolSize(maximumSize);
		// PostgreSQL puts the offending values into error details ("Key (x)=(...) already exists"):
		// keep them out of exception messages, which end up in logs.
		config.addDataSourceProperty("logServerErrorDetail", "false");
		config.addDataSourceProperty("ApplicationName", name);
		return new HikariDataSource(config);
	}

	private static String orEmpty(String value) {
		return value != null ? value : "";
	}
}
