package it.casa.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import it.casa.CasaApplication;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

/** The zero-set-up database is a real, durable PostgreSQL: what was written, and issued tokens, survive a restart. */
class EmbeddedDatabaseRestartTests {

	static final TenantId MELEGNANO = TenantId.of("melegnano");

	@TempDir
	Path dataDirectory;

	@Test
	void restartKeepsRowsWrittenBeforeAndRunsWithDurableSettings() throws IOException {
		int port = freePort();
		String label = "before-restart-" + UUID.randomUUID();
		String tokenIssuedBeforeRestart;

		try (ConfigurableApplicationContext first = start(port)) {
			TenantContext.runAs(MELEGNANO, () -> first.getBean(IsolationProbes.class).save(new IsolationProbe(label)));
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
			tokenIssuedBeforeRestart = first.getBean(JwtEncoder.class)
				.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
						JwtClaimsSet.builder().issuer(first.getEnvironment().getProperty("casa.security.public-url"))
							.subject("agenzia.operatrice").audience(List.of("casa-api"))
							.expiresAt(Instant.now().plusSeconds(600)).build()))
				.getTokenValue();
		}

		try (ConfigurableApplicationContext second = start(port)) {
			IsolationProbes probes = second.getBean(IsolationProbes.class);
			assertThat(TenantContext.callAs(MELEGNANO, () -> probes.findAll().stream().map(IsolationProbe::label).toList()))
				.contains(label);
			// the signing key survived: a token issued before the restart is still valid
			assertThat(second.getBean(JwtDecoder.class).decode(tokenIssuedBeforeRestart).getSubject()).isEqualTo("agenzia.operatrice");
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
