package it.casa.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import it.casa.CasaApplication;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

/** The zero-set-up database is a real, durable PostgreSQL: what was written survives a restart. */
class EmbeddedDatabaseRestartTests {

	static final TenantId MELEGNANO = TenantId.of("melegnano");

	@TempDir
	Path dataDirectory;

	@Test
	void restartKeepsRowsWrittenBeforeAndRunsWithDurableSettings() throws IOException {
		int port = freePort();
		String label = "before-restart-" + UUID.randomUUID();

		try (ConfigurableApplicationContext first = start(port)) {
			TenantContext.runAs(MELEGNANO, () -> first.getBean(IsolationProbes.class).save(new IsolationProbe(label)));
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
		}

		try (ConfigurableApplicationContext second = start(port)) {
			IsolationProbes probes = second.getBean(IsolationProbes.class);
			assertThat(TenantContext.callAs(MELEGNANO, () -> probes.findAll().stream().map(IsolationProbe::label).toList()))
				.contains(label);
		}
	}

	private ConfigurableApplicationContext start(int port) {
		// Command-line arguments outrank the build's system property that makes test databases throw-away.
		return new SpringApplicationBuilder(CasaApplication.class).run("--casa.db.embedded.ephemeral=false",
				"--casa.db.embedded.data-directory=" + dataDirectory, "--casa.db.embedded.port=" + port,
				"--server.port=0");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
