package it.casa.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import it.casa.platform.security.TestTokens;

/**
 * The deadlock of issue 10 as a regression test, over real HTTP with bearer tokens: every audited read used to hold
 * its transaction's connection while it waited for a second one for its audit event, so as many concurrent reads as
 * the pool has connections wedged the application. Here four times the pool size of concurrent readers open the
 * district inbox (a read-only transaction with an audited search). No assertion on time: the HTTP client's timeout
 * is only there so that a hang fails the test instead of the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "casa.db.pool-size=" + ConcurrentAuditedReadsTests.POOL_SIZE,
				"casa.db.connection-timeout=3s",
				// The issuer of the test tokens; by default it would name the random port as "0".
				"casa.security.public-url=" + TestTokens.ISSUER })
class ConcurrentAuditedReadsTests {

	static final int POOL_SIZE = 4;

	static final int READERS = 4 * POOL_SIZE;

	static final int READS_EACH = 5;

	private static final ExecutorService readers = Executors.newFixedThreadPool(READERS);

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newFixedThreadPool(4))
		.build();

	@LocalServerPort
	int port;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	AuditEventStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	static String token;

	@BeforeAll
	static void noReaderIsReusedAcrossTests() {
		token = null;
	}

	@AfterAll
	static void stopReaders() {
		readers.shutdownNow();
	}

	@Test
	void fourTimesThePoolSizeOfConcurrentAuditedReadsAreAllAnsweredAndAllInTheChain() throws Exception {
		String agencyOperator = bearer();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<Answer>>> running = new ArrayList<>();
		for (int reader = 0; reader < READERS; reader++) {
			running.add(readers.submit(() -> {
				start.await();
				List<Answer> answers = new ArrayList<>();
				for (int read = 0; read < READS_EACH; read++) {
					answers.add(inbox(agencyOperator));
				}
				return answers;
			}));
		}
		start.countDown();
		List<Answer> answers = new ArrayList<>();
		for (Future<List<Answer>> reader : running) {
			answers.addAll(reader.get());
		}

		assertThat(answers).hasSize(READERS * READS_EACH).allSatisfy(answer -> {
			assertThat(answer.status()).as("status of request %s", answer.requestId()).isIn(200, 503);
			if (answer.status() == 503) {
				assertThat(answer.retryAfter()).as("Retry-After of a 503").isNotBlank();
			}
		});
		// Past capacity a 503 is a correct answer, but these readers are far from it: each waits for a connection
		// for a few of its neighbours' short reads. The old code answered nearly all of them 5xx (every connection
		// held by a reader waiting for another); most answered 200 is what tells the two apart.
		List<String> answered = answers.stream().filter(answer -> answer.status() == 200).map(Answer::requestId).toList();
		assertThat(answered).hasSizeGreaterThan(answers.size() / 2);
		List<String> recorded = jdbc.queryForList(
				"SELECT request_id FROM district.audit_event WHERE request_id = ANY (?)", String.class,
				(Object) answered.toArray(String[]::new));
		assertThat(recorded).containsExactlyInAnyOrderElementsOf(answered);
		assertThat(store.verify().ok()).isTrue();
	}

	@Test
	void pastCapacityAReadIsAnswered503WithRetryAfterAndLivenessStillAnswers() throws Exception {
		String agencyOperator = bearer();
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < POOL_SIZE; i++) {
				held.add(dataSource.getConnection());
			}

			Answer refused = inbox(agencyOperator);
			HttpResponse<String> liveness = http.send(request("/actuator/health/liveness").build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.retryAfter()).isNotBlank();
			assertThat(refused.body()).contains("\"code\":\"server.busy\"").doesNotContain("Exception");
			assertThat(liveness.statusCode()).isEqualTo(200);
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
		assertThat(inbox(agencyOperator).status()).isEqualTo(200);
	}

	private String bearer() {
		if (token == null) {
			token = TestTokens.sign(encoder, TestTokens.claims("agenzia.operatrice", List.of("AGENCY_OPERATOR"), null));
		}
		return token;
	}

	private Answer inbox(String bearer) throws Exception {
		String requestId = "concurrent-" + UUID.randomUUID();
		HttpResponse<String> response = http.send(request("/api/casework/inbox?size=20")
			.header("Authorization", "Bearer " + bearer)
			.header("X-Request-Id", requestId)
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(requestId, response.statusCode(), response.headers().firstValue("Retry-After").orElse(""),
				response.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(2));
	}

	private record Answer(String requestId, int status, String retryAfter, String body) {
	}
}
