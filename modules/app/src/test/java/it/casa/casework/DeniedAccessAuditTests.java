package it.casa.casework;

import static it.casa.ApiClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.InventedFiscalCodes;

/** Refused attempts at a household's records are in the audit trail, repeats folded (ADR 0028). */
@SpringBootTest
@AutoConfigureMockMvc
class DeniedAccessAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sixteenTriesAtAnotherMunicipalitysCaseLeaveTwoDeniedEventsNotSixteen() throws Exception {
		// given: a case in Melegnano
		ApiClient client = new ApiClient(mvc);
		String code = InventedFiscalCodes.fiscalCode("SND", "MRC", LocalDate.of(1975, 1, 20), false);
		String caseId = string(client.as(CasaTestUsers.municipalOperator("melegnano"), null)
			.post("/api/casework/cases", InventedPeople.singleAdult("Sondati", code))
			.andExpect(status().isCreated()), "$.id");

		// when: San Donato's operator tries it 16 times, by its page and its notes
		ApiClient.As sanDonato = client.as(CasaTestUsers.municipalOperator("san-donato-milanese"), null);
		for (int attempt = 0; attempt < 8; attempt++) {
			sanDonato.get("/api/casework/cases/" + caseId).andExpect(status().isNotFound());
			sanDonato.get("/api/casework/cases/" + caseId + "/notes").andExpect(status().isNotFound());
		}
		// and: an agency administrator, who has no case work rights, tries once
		client.as(CasaTestUsers.agencyAdmin(), "melegnano")
			.get("/api/casework/cases/" + caseId)
			.andExpect(status().isForbidden());

		// then: the 1st and the 10th of the operator's tries are recorded, and the administrator's one
		assertThat(denied(caseId, "operatore.san-donato-milanese")).isEqualTo(2);
		assertThat(denied(caseId, "agenzia.admin")).isEqualTo(1);
		// and: Melegnano's own reads are not refusals
		client.as(CasaTestUsers.municipalOperator("melegnano"), null)
			.get("/api/casework/cases/" + caseId)
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM district.audit_event WHERE action = 'DENIED' AND record_id = ?", Long.class,
				caseId)).isEqualTo(3);
	}

	private long denied(String caseId, String actor) {
		return jdbc.queryForObject("""
				SELECT count(*) FROM district.audit_event
				WHERE action = 'DENIED' AND record_type = 'case' AND record_id = ? AND actor = ?""", Long.class, caseId,
				actor);
	}
}
