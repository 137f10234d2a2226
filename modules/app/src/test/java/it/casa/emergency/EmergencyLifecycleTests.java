package it.casa.emergency;

import static it.casa.emergency.InventedEmergencies.minimalIntake;
import static it.casa.ApiClient.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.platform.TenantId;

/** An emergency from the phone call to its closure, through the API, with the events it raises for Monitoring. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(PublishedEventsExtension.class)
class EmergencyLifecycleTests {

	static final String MELEGNANO = "melegnano";

	static final TenantId MELEGNANO_ID = TenantId.of(MELEGNANO);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient.As municipality;

	ApiClient.As agency;

	@BeforeEach
	void users() {
		ApiClient client = new ApiClient(mvc);
		municipality = client.as(CasaTestUsers.municipalOperator(MELEGNANO), null);
		agency = client.as(CasaTestUsers.agencyOperator(), MELEGNANO);
	}

	@Test
	void emergencyRunsFromThePhoneCallToClosureRaisingItsEvents(AssertablePublishedEvents events) throws Exception {
		// given: the Carabinieri of Melegnano call about a house fire; the municipal operator records it in three fields
		Instant before = Instant.now();
		String id = municipality.create("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "CARABINIERI", "name": "Melegnano"}, "problem": {"type": "HOUSE_FIRE"},
				 "people": {"count": 3, "minors": 2}}""");
		EmergencyId emergency = EmergencyId.of(UUID.fromString(id));
		municipality.get("/api/emergency/emergencies/" + id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.municipality").value(MELEGNANO))
			.andExpect(jsonPath("$.reportingEntity.name").value("Melegnano"))
			.andExpect(jsonPath("$.people.count").value(3))
			.andExpect(jsonPath("$.people.fragileMembers").value(false))
			.andExpect(jsonPath("$.reportedBy.userId").value("operatore.melegnano"))
			.andExpect(jsonPath("$.followUp.length()").value(4))
			.andExpect(jsonPath("$.followUp[0].kind").value("PLACEMENT_ARRANGED"))
			// the municipality's own operator recorded it: the municipality knows
			.andExpect(jsonPath("$.followUp[2].kind").value("MUNICIPALITY_INFORMED"))
			.andExpect(jsonPath("$.followUp[2].doneBy.userId").value("operatore.melegnano"))
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.handOverMissing[0]").value("people.referencePerson.missing"));
		assertThat(events.ofType(EmergencyReported.class).matching(event -> event.emergency().equals(emergency)))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.tenant()).isEqualTo(MELEGNANO_ID);
				assertThat(event.calledAt()).isBetween(before, Instant.now());
				assertThat(event.reportingEntityKind()).isEqualTo(ReportingEntityKind.CARABINIERI);
				assertThat(event.reportingEntityName()).isEqualTo("Melegnano");
				assertThat(event.problemType()).isEqualTo(ProblemType.HOUSE_FIRE);
				assertThat(event.peopleInvolved()).isEqualTo(3);
				assertThat(event.minorsInvolved()).isTrue();
			});

		// when: the agency corrects who called (it was the fire brigade) and adds the place
		agency.put("/api/emergency/emergencies/" + id + "/intake", """
				{"version": 0, "reportingEntity": {"kind": "FIRE_BRIGADE", "name": "Melegnano"},
				 "problem": {"type": "HOUSE_FIRE"}, "place": "Via dei Tigli 1"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.place").value("Via dei Tigli 1"));
		assertThat(events.ofType(EmergencyReclassified.class).matching(event -> event.emergency().equals(emergency)))
			.singleElement()
			.satisfies(event -> assertThat(event.reportingEntityKind()).isEqualTo(ReportingEntityKind.FIRE_BRIGADE));

		// and: the household sleeps in a hotel for three nights, and is contacted
		agency.post("/api/emergency/emergencies/" + id + "/measures", """
				{"version": 1, "kind": "HOTEL", "placeName": "Hotel Lambro", "arrangedBy": "Servizi sociali del Comune",
				 "cost": 255.00, "until": "%s"}""".formatted(java.time.LocalDate.now().plusDays(3)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentMeasure.kind").value("HOTEL"))
			.andExpect(jsonPath("$.currentMeasure.cost").value(255.0))
			.andExpect(jsonPath("$.followUp[0].doneBy.userId").value("agenzia.operatrice"));
		municipality.put("/api/emergency/emergencies/" + id + "/follow-up/HOUSEHOLD_CONTACTED",
				"{\"version\": 2, \"done\": true, \"note\": \"Reached by phone\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followUp[1].note").value("Reached by phone"));
		assertThat(events.ofType(ImmediateMeasureRecorded.class).matching(event -> event.emergency().equals(emergency)))
			.singleElement()
			.satisfies(event -> assertThat(event.kind()).isEqualTo(MeasureKind.HOTEL));
		assertThat(events.ofType(FollowUpItemMarked.class).matching(event -> event.emergency().equals(emergency)))
			.extracting(FollowUpItemMarked::item)
			.containsExactly(FollowUpKind.PLACEMENT_ARRANGED, FollowUpKind.HOUSEHOLD_CONTACTED);

		// then: closed without hand-over (they went back home), it is read-only
		municipality.post("/api/emergency/emergencies/" + id + "/closure",
				"{\"version\": 3, \"handOver\": false, \"note\": \"Back home after the repairs\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closure.handedOver").value(false))
			.andExpect(jsonPath("$.overdue").value(false));
		assertThat(events.ofType(EmergencyClosed.class).matching(event -> event.emergency().equals(emergency)))
			.singleElement()
			.satisfies(event -> assertThat(event.handedOver()).isFalse());
		assertThat(events.ofType(EmergencyHandedOver.class).matching(event -> event.emergency().equals(emergency))).isEmpty();
		municipality.put("/api/emergency/emergencies/" + id + "/follow-up/REVIEW_72_HOURS", "{\"version\": 4, \"done\": true}")
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("emergency.closed"));

		// and every read and write was recorded in the audit trail, by id only
		List<String> actions = jdbc.queryForList(
				"SELECT action FROM district.audit_event WHERE record_type = 'emergency.emergency' AND record_id = ? ORDER BY id",
				String.class, id);
		assertThat(actions).startsWith("CREATE", "READ", "UPDATE").contains("UPDATE");
		assertThat(jdbc.queryForList("SELECT DISTINCT tenant FROM district.audit_event WHERE record_id = ?", String.class, id))
			.containsExactly(MELEGNANO);
	}

	@Test
	void aCallFromThePastKeepsItsTimeAndIsOverdueAtOnce(AssertablePublishedEvents events) throws Exception {
		// historical records (the 2024 figures) are loaded with their time of call
		String id = agency.create("/api/emergency/emergencies", """
				{"calledAt": "2024-03-02T20:15:00Z", "reportingEntity": {"kind": "MUNICIPALITY"},
				 "problem": {"type": "WATER_CUT_OFF_FOR_ARREARS"}, "people": {"count": 1}}""");

		agency.get("/api/emergency/emergencies/" + id)
			.andExpect(jsonPath("$.calledAt").value("2024-03-02T20:15:00Z"))
			.andExpect(jsonPath("$.followUp[0].dueAt").value("2024-03-03T08:15:00Z"))
			.andExpect(jsonPath("$.followUp[0].overdue").value(true))
			// reported by the municipality itself: informed at once, never overdue
			.andExpect(jsonPath("$.followUp[2].overdue").value(false))
			.andExpect(jsonPath("$.overdue").value(true));
		assertThat(events.ofType(EmergencyReported.class).matching(event -> event.emergency().toString().equals(id)))
			.singleElement()
			.satisfies(event -> assertThat(event.calledAt()).isEqualTo(Instant.parse("2024-03-02T20:15:00Z")));
	}

	@Test
	void temporaryHousingOffersNoPlaceUntilThatModuleExists() throws Exception {
		municipality.get("/api/emergency/accommodation-offers").andExpect(status().isOk()).andExpect(content().json("[]"));
	}

	@Test
	void correctingPeopleRaisesTheNewNumbersForMonitoring(AssertablePublishedEvents events) throws Exception {
		String id = municipality.create("/api/emergency/emergencies", minimalIntake("POLICE", "NO_DWELLING", 1));
		long version = number(municipality.get("/api/emergency/emergencies/" + id), "$.version");

		municipality.put("/api/emergency/emergencies/" + id + "/people",
				"{\"version\": %d, \"count\": 3, \"minors\": 1, \"fragileMembers\": true}".formatted(version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people.count").value(3));
		assertThat(events.ofType(EmergencyPeopleUpdated.class).matching(event -> event.emergency().toString().equals(id)))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.peopleInvolved()).isEqualTo(3);
				assertThat(event.minorsInvolved()).isTrue();
			});
	}
}
