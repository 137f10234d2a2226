package it.casa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Names and fiscal codes sent to CASA, valid or not, never reach the logs. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataStaysOutOfLogsTests {

	static final String FAMILY_NAME = "Quarzolinetti";

	static final String BAD_FISCAL_CODE = "QRZLNR84E49F205Q";

	@Autowired
	MockMvc mvc;

	@Test
	void rejectedAndAcceptedRequestsLeaveNoPersonalDataInTheLogs(CapturedOutput output) throws Exception {
		mvc.perform(post("/api/casework/cases").with(CasaTestUsers.municipalOperator("dresano")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(BAD_FISCAL_CODE))).andExpect(status().isBadRequest());
		mvc.perform(post("/api/casework/cases").with(CasaTestUsers.municipalOperator("dresano")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"household\": {\"members\": [{\"givenName\": \"" + FAMILY_NAME + "\", \"familyName\": 42}]}}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/casework/cases").with(CasaTestUsers.municipalOperator("dresano")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(null))).andExpect(status().isCreated());

		assertThat(output.getAll()).doesNotContain(FAMILY_NAME).doesNotContain(BAD_FISCAL_CODE);
	}

	private static String request(String fiscalCode) {
		return """
				{
				  "household": {
				    "members": [
				      {"givenName": "Ilaria", "familyName": "%s", "relationship": "REFERENCE_PERSON",
				       "birthDate": "1984-05-09", "sex": "FEMALE", %s "disabled": false}
				    ]
				  },
				  "housing": {"situation": "RENT_NOT_SUSTAINABLE"},
				  "consent": {"givenOn": "2026-11-02", "scopes": ["CASE_WORK"]}
				}""".formatted(FAMILY_NAME, fiscalCode == null ? "" : "\"fiscalCode\": \"" + fiscalCode + "\",");
	}
}
