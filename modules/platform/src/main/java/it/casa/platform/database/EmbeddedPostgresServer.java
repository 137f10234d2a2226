package it.casa.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL started by the application when no external database is configured.
 * <p>
 * zonky starts PostgreSQL tuned for throw-away tests (fsync and synchronous commit off); a persistent server
 * turns durability back on, or a crash would lose acknowledged writes. It is stopped with the application.
 */
final class EmbeddedPostgresServer implements DatabaseServer {

	static final String DATABASE = "casa";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedPostgresServer start(DatabaseProperties.Embedded settings) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			// Stopped by the application context, after every bean that still needs the database; zonky's own JVM
			// shutdown hook would stop it concurrently and leave those beans waiting for connections.
			.setRegisterShutdownHook(false)
			// The server's log is copied into the application's: keep statements and error details (which hold
			// the values, e.g. a duplicated fiscal code) out of it.
			.setServerConfig("log_min_error_statement", "panic")
			.setServerConfig("log_error_verbosity", "terse")
			.setServerConfig("log_min_messages", "warning");
		if (settings.ephemeral()) {
			builder.setCleanDataDirectory(true);
		}
		else {
			Path dataDirectory = settings.dataDirectoryOrDefault().toAbsolutePath();
			Files.createDirectories(dataDirectory);
			stopOrphanedServer(dataDirectory);
			builder.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(settings.portOrDefault())
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		EmbeddedPostgres postgres = builder.start();
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
		server.createDatabaseIfMissing();
		log.info("Embedded PostgreSQL listening on 127.0.0.1:{} ({})", postgres.getPort(),
				settings.ephemeral() ? "temporary data" : "data in " + settings.dataDirectoryOrDefault());
		return server;
	}

	@Override
	public ConnectionSettings connectionSettings() {
		return new ConnectionSettings(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "");
	}

	private void createDatabaseIfMissing() throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (!exists.next()) {
					statement.execute("CREATE DATABASE " + DATABASE);
				}
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create the embedded database '" + DATABASE + "'", ex);
		}
	}

	/**
	 * After the JVM was killed (kill -9) its PostgreSQL keeps running and holds the data directory.
	 * Its clients are gone with the JVM, so a smart shutdown ends it quickly and safely.
	 */
	private static void stopOrphanedServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of)
					.filter(ProcessHandle::isAlive)
					.filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false));
		if (orphan.isEmpty()) {
			return;
		}
		log.warn("Stopping the embedded PostgreSQL left running by a previous run (pid {})", orphan.get().pid());
		orphan.get().destroy();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (orphan.get().isAlive() && Instant.now().isBefore(deadline)) {
			orphan.get().onExit().completeOnTimeout(null, 500, java.util.concurrent.TimeUnit.MILLISECONDS).join();
		}
		if (orphan.get().isAlive()) {
			throw new IOException("The PostgreSQL left running in " + dataDirectory + " (pid " + orphan.get().pid()
					+ ") did not stop; stop it and start again");
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}
}
