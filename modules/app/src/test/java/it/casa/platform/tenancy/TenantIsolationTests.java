package it.casa.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import it.casa.CasaTestUsers;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

/**
 * Proves that a municipality's data is unreachable from another municipality's work: through JPA, through
 * hand-written SQL, through asynchronous and republished event listeners, and through pooled connections.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TenantIsolationTests {

	static final TenantId MELEGNANO = TenantId.of("melegnano");

	static final TenantId SAN_DONATO = TenantId.of("san-donato-milanese");

	static final String PERMISSION_DENIED = "42501";

	/** What PostgreSQL answers for a table in a schema the role may not even look into. */
	static final String NO_SUCH_TABLE = "42P01";

	@Autowired
	IsolationProbes probes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TenantRoutingDataSource dataSource;

	@Autowired
	ProbeFollowUpListener followUpListener;

	@Autowired
	IncompleteEventPublications incompletePublications;

	@Autowired
	MockMvc mvc;

	@Test
	void jpaSeesOnlyTheCurrentMunicipalitysRows() {
		String label = "jpa-" + UUID.randomUUID();

		TenantContext.runAs(MELEGNANO, () -> probes.save(new IsolationProbe(label)));

		assertThat(labelsIn(MELEGNANO)).contains(label);
		assertThat(labelsIn(SAN_DONATO)).doesNotContain(label);
	}

	@Test
	void handWrittenSqlNamingAnotherMunicipalitysTableIsDenied() {
		TenantContext.runAs(MELEGNANO, () -> assertThatThrownBy(
				() -> jdbc.queryForList("SELECT label FROM tenant_san_donato_milanese.isolation_probe", String.class))
			.satisfies(failure -> assertThat(sqlState(failure)).isEqualTo(PERMISSION_DENIED)));
	}

	@Test
	void changingTheSearchPathDoesNotOpenAnotherMunicipalitysTables() {
		TenantContext.runAs(MELEGNANO, () -> transactions.executeWithoutResult(status -> {
			jdbc.execute("SET search_path TO tenant_san_donato_milanese");
			assertThatThrownBy(() -> jdbc.queryForList("SELECT label FROM isolation_probe", String.class))
				.satisfies(failure -> assertThat(sqlState(failure)).isIn(PERMISSION_DENIED, NO_SUCH_TABLE));
		}));
	}

	@Test
	void withoutAMunicipalityNoMunicipalitysTableIsReadable() {
		assertThat(TenantContext.current()).isEmpty();
		assertThatThrownBy(() -> jdbc.queryForList("SELECT label FROM tenant_melegnano.isolation_probe", String.class))
			.satisfies(failure -> assertThat(sqlState(failure)).isEqualTo(PERMISSION_DENIED));
	}

	@Test
	void asyncListenerOfAnEventPublishedInAMunicipalityWritesInThatMunicipality() {
		String label = "async-" + UUID.randomUUID();

		TenantContext.runAs(MELEGNANO, () -> transactions.executeWithoutResult(status -> {
			probes.save(new IsolationProbe(label));
			events.publishEvent(new ProbeWritten(MELEGNANO, label));
		}));

		await().atMost(Duration.ofSeconds(20)).until(() -> labelsIn(MELEGNANO).contains("follow-up of " + label));
		assertThat(labelsIn(SAN_DONATO)).doesNotContain("follow-up of " + label);
	}

	@Test
	void republishedEventRunsInItsMunicipalityWithNoRequestAtAll() {
		String label = "republished-" + UUID.randomUUID();
		followUpListener.failNextTime();
		TenantContext.runAs(SAN_DONATO, () -> transactions.executeWithoutResult(status -> {
			probes.save(new IsolationProbe(label));
			events.publishEvent(new ProbeWritten(SAN_DONATO, label));
		}));
		await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublicationsFor(label) == 1);

		// when: resubmitted from a thread that has no municipality, as after a restart
		assertThat(TenantContext.current()).isEmpty();
		incompletePublications.resubmitIncompletePublications(publication -> true);

		await().atMost(Duration.ofSeconds(20)).until(() -> labelsIn(SAN_DONATO).contains("follow-up of " + label));
		assertThat(labelsIn(MELEGNANO)).doesNotContain("follow-up of " + label);
	}

	@Test
	void noPooledConnectionKeepsAMunicipalitysRoleOrSearchPath() throws SQLException {
		for (int i = 0; i < 5; i++) {
			TenantContext.runAs(MELEGNANO, () -> probes.count());
			TenantContext.runAs(SAN_DONATO, () -> jdbc.queryForList("SELECT label FROM isolation_probe", String.class));
		}
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		List<Connection> everyPooledConnection = new ArrayList<>();
		try {
			for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
				everyPooledConnection.add(pool.getConnection());
			}
			for (Connection raw : everyPooledConnection) {
				try (Statement statement = raw.createStatement();
						ResultSet row = statement.executeQuery("SELECT current_user, current_setting('search_path')")) {
					row.next();
					assertThat(row.getString(1)).doesNotStartWith("casa_");
					assertThat(row.getString(2)).doesNotContain("tenant_").doesNotContain("district");
				}
			}
		}
		finally {
			for (Connection raw : everyPooledConnection) {
				raw.close();
			}
		}
	}

	@Test
	void requestNamingAnUnknownMunicipalityIsAProblem404() throws Exception {
		mvc.perform(get("/api/platform/tenants").with(CasaTestUsers.agencyAdmin()).header(RequestTenantResolver.TENANT_HEADER, "atlantide"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void municipalityAddedAtRunTimeIsUsableAtOnceAndIsolated() throws Exception {
		mvc.perform(post("/api/platform/tenants").with(CasaTestUsers.agencyAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"borgo-nuovo\",\"name\":\"Borgo Nuovo\",\"modules\":[\"casework\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.schema").value("tenant_borgo_nuovo"))
			.andExpect(jsonPath("$.migration").value("MIGRATED"));
		TenantId borgoNuovo = TenantId.of("borgo-nuovo");

		TenantContext.runAs(borgoNuovo, () -> probes.save(new IsolationProbe("first row of Borgo Nuovo")));

		assertThat(labelsIn(borgoNuovo)).containsExactly("first row of Borgo Nuovo");
		assertThat(labelsIn(MELEGNANO)).doesNotContain("first row of Borgo Nuovo");
		TenantContext.runAs(borgoNuovo, () -> assertThatThrownBy(
				() -> jdbc.queryForList("SELECT label FROM tenant_melegnano.isolation_probe", String.class))
			.satisfies(failure -> assertThat(sqlState(failure)).isEqualTo(PERMISSION_DENIED)));
		mvc.perform(get("/actuator/health/tenants").with(CasaTestUsers.agencyAdmin()))
			.andExpect(jsonPath("$.details.borgo-nuovo.status").value("MIGRATED"));
	}

	@Test
	void disabledMunicipalityAndDisabledModuleAnswerAsNotFound() throws Exception {
		mvc.perform(post("/api/platform/tenants").with(CasaTestUsers.agencyAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"villa-chiusa\",\"name\":\"Villa Chiusa\",\"modules\":[\"emergency\"]}"))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/casework/cases").with(CasaTestUsers.agencyOperator()).header(RequestTenantResolver.TENANT_HEADER, "villa-chiusa"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		mvc.perform(put("/api/platform/tenants/villa-chiusa").with(CasaTestUsers.agencyAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Villa Chiusa\",\"modules\":[\"emergency\"],\"enabled\":false,\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(get("/api/platform/tenants").with(CasaTestUsers.agencyAdmin()).header(RequestTenantResolver.TENANT_HEADER, "villa-chiusa"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void staleChangeOfAMunicipalityIsAConflict() throws Exception {
		mvc.perform(post("/api/platform/tenants").with(CasaTestUsers.agencyAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"colle-alto\",\"name\":\"Colle Alto\",\"modules\":[]}"))
			.andExpect(status().isCreated());

		mvc.perform(put("/api/platform/tenants/colle-alto").with(CasaTestUsers.agencyAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Colle Alto\",\"modules\":[\"casework\"],\"enabled\":true,\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private List<String> labelsIn(TenantId tenant) {
		return TenantContext.callAs(tenant, () -> probes.findAll().stream().map(IsolationProbe::label).toList());
	}

	private long incompletePublicationsFor(String label) {
		return jdbc.queryForObject("SELECT count(*) FROM district.event_publication WHERE completion_date IS NULL"
				+ " AND serialized_event LIKE ?", Long.class, "%" + label + "%");
	}

	private static String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return "none";
	}
}
