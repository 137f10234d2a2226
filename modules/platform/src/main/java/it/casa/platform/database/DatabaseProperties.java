package it.casa.platform.database;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. With no {@code url} (and no {@code spring.datasource.url}) the application starts
 * its own embedded PostgreSQL, so a fresh machine needs nothing installed. Environment variables
 * {@code CASA_DB_URL}, {@code CASA_DB_USER} and {@code CASA_DB_PASSWORD} bind here.
 */
@ConfigurationProperties("casa.db")
record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password,
		@Nullable Integer poolSize, @Nullable Duration connectionTimeout, Embedded embedded) {

	DatabaseProperties {
		if (embedded == null) {
			embedded = new Embedded(null, null, false);
		}
	}

	int poolSizeOrDefault() {
		return poolSize != null ? poolSize : 10;
	}

	/** How long a request waits for a free connection before it is answered 503 (docs/adr/0017). */
	Duration connectionTimeoutOrDefault() {
		return connectionTimeout != null ? connectionTimeout : Duration.ofSeconds(5);
	}

	boolean external() {
		return url != null && !url.isBlank();
	}

	/**
	 * @param dataDirectory kept across restarts; relative paths resolve against the working directory
	 * @param port fixed so that a developer's psql and a restarted application find the same server
	 * @param ephemeral a throw-away server on a free port in a temporary folder (what the tests use)
	 */
	record Embedded(@Nullable Path dataDirectory, @Nullable Integer port, boolean ephemeral) {

		Path dataDirectoryOrDefault() {
			return dataDirectory != null ? dataDirectory : Path.of(".casa", "postgres");
		}

		int portOrDefault() {
			return port != null ? port : 54329;
		}
	}
}
