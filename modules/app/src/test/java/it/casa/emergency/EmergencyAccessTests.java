package it.casa.emergency;

import static it.casa.emergency.InventedEmergencies.minimalIntake;
import static it.casa.ApiClient.number;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;

/** Who sees which emergency: municipality against municipality, the district view, each role, concurrent edits. */
@SpringBootTest
@AutoConfigureMockMvc
class EmergencyAccessTests {

	@Autowired
	MockMvc mvc;

	ApiClient client;

	ApiClient.As melegnano;

	ApiClient.As sanDonato;

	String melegnanoEmergency;

	@BeforeEach
	void anEmergencyInMelegnano() throws Exception {
		client = new ApiClient(mvc);
		melegnano = client.as(CasaTestUsers.municipalOperator("melegnano"), null);
		sanDonato = client.as(CasaTestUsers.municipalOperator("san-donato-milanese"), null);
		melegnanoEmergency = melegnano.create("/api/emergency/emergencies", minimalIntake("CARABINIERI", "UNACCOMPANIED_FOREIGN_MINORS", 2));
	}

	@Test
	void sanDonatoOperatorGetsNotFoundOnAMelegnanoEmergency() throws Exception {
		String path = "/api/emergency/emergencies/" + melegnanoEmergency;
		sanDonato.get(path).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("emergency.notFound"));
		sanDonato.put(path + "/people", "{\"version\": 0, \"count\": 1}").andExpect(status().isNotFound());
		sanDonato.put(path + "/intake", """
				{"version": 0, "reportingEntity": {"kind": "POLICE"}, "problem": {"type": "NO_DWELLING"}}""")
			.andExpect(status().isNotFound());
		sanDonato.post(path + "/measures", "{\"version\": 0, \"kind\": \"SHELTER\"}").andExpect(status().isNotFound());
		sanDonato.put(path + "/follow-up/HOUSEHOLD_CONTACTED", "{\"version\": 0, \"done\": true}")
			.andExpect(status().isNotFound());
		sanDonato.post(path + "/closure", "{\"version\": 0, \"handOver\": false, \"note\": \"x\"}")
			.andExpect(status().isNotFound());
		// naming Melegnano does not help: a municipal operator is bound to their own municipality
		client.as(CasaTestUsers.municipalOperator("san-donato-milanese"), "melegnano").get(path)
			.andExpect(status().isNotFound());
		// nor does an agency operator find it while working in San Donato
		client.as(CasaTestUsers.agencyOperator(), "san-donato-milanese").get(path).andExpect(status().isNotFound());
		client.as(CasaTestUsers.agencyOperator(), "melegnano").get(path).andExpect(status().isOk());
		melegnano.get(path).andExpect(status().isOk());
	}

	@Test
	void agencyStaffSeeEveryMunicipalityMunicipalitiesTheirOwn() throws Exception {
		String sanDonatoEmergency = sanDonato.create("/api/emergency/emergencies", minimalIntake("MUNICIPALITY", "FLOODING", 4));
		ApiClient.As district = client.as(CasaTestUsers.agencyOperator(), null);

		// the district overview is fed by events, a moment after each change
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> district
			.get("/api/emergency/emergencies?size=100")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem(melegnanoEmergency)))
			.andExpect(jsonPath("$.content[*].id").value(hasItem(sanDonatoEmergency))));
		district.get("/api/emergency/emergencies?municipality=san-donato-milanese&size=100")
			.andExpect(jsonPath("$.content[*].municipality").value(not(hasItem("melegnano"))))
			.andExpect(jsonPath("$.content[*].id").value(hasItem(sanDonatoEmergency)));
		String row = JsonPath.parse(district.get("/api/emergency/emergencies?municipality=melegnano&size=100")
			.andReturn().getResponse().getContentAsString())
			.read("$.content[?(@.id == '" + melegnanoEmergency + "')]").toString();
		org.assertj.core.api.Assertions.assertThat(row).contains("\"municipalityName\":\"Melegnano\"", "\"problemType\":\"UNACCOMPANIED_FOREIGN_MINORS\"",
				"\"reportingEntityKind\":\"CARABINIERI\"", "\"peopleInvolved\":2", "\"status\":\"OPEN\"");

		// a municipality lists its own only, whatever it asks for
		melegnano.get("/api/emergency/emergencies?size=100")
			.andExpect(jsonPath("$.content[*].id").value(hasItem(melegnanoEmergency)))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem(sanDonatoEmergency))));
		melegnano.get("/api/emergency/emergencies?municipality=san-donato-milanese&size=100")
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem(sanDonatoEmergency))));
		// and the district, with no municipality, is for agency operators only
		client.as(CasaTestUsers.agencyAdmin(), null).get("/api/emergency/emergencies").andExpect(status().isForbidden());
	}

	@Test
	void onlyMunicipalAndAgencyOperatorsWorkOnEmergencies() throws Exception {
		String path = "/api/emergency/emergencies/" + melegnanoEmergency;
		client.as(CasaTestUsers.agencyAdmin(), "melegnano").get(path).andExpect(status().isForbidden());
		client.as(CasaTestUsers.autonomyTeamOperator(), "melegnano").get(path).andExpect(status().isForbidden());
		client.as(CasaTestUsers.partnerAgency(), null).get("/api/emergency/emergencies").andExpect(status().isForbidden());
		client.as(CasaTestUsers.agencyAdmin(), "melegnano")
			.post("/api/emergency/emergencies", minimalIntake("POLICE", "NO_DWELLING", 1))
			.andExpect(status().isForbidden());
		client.as(CasaTestUsers.noRole(), null).get("/api/emergency/emergencies").andExpect(status().isForbidden());
		// recording an emergency needs a municipality: agency staff choose one first
		client.as(CasaTestUsers.agencyOperator(), null)
			.post("/api/emergency/emergencies", minimalIntake("POLICE", "NO_DWELLING", 1))
			.andExpect(status().isBadRequest());
	}

	@Test
	void secondEditFromTheSameVersionIsAConflictAndTheFirstEditStays() throws Exception {
		String path = "/api/emergency/emergencies/" + melegnanoEmergency;
		long version = number(melegnano.get(path), "$.version");
		ApiClient.As agency = client.as(CasaTestUsers.agencyOperator(), "melegnano");

		melegnano.post(path + "/measures", "{\"version\": %d, \"kind\": \"SHELTER\"}".formatted(version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1));
		agency.post(path + "/measures", "{\"version\": %d, \"kind\": \"HOTEL\"}".formatted(version))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("version.stale"))
			.andExpect(jsonPath("$.currentVersion").value(version + 1));

		melegnano.get(path)
			.andExpect(jsonPath("$.currentMeasure.kind").value("SHELTER"))
			.andExpect(jsonPath("$.measures.length()").value(1));
	}
}
