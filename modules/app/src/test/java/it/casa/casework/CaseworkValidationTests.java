package it.casa.casework;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import it.casa.ApiClient;
import it.casa.InventedFiscalCodes;
import it.casa.CasaTestUsers;

/** Invalid requests are answered with a problem that lists the fields, by path and stable code. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseworkValidationTests {

	@Autowired
	MockMvc mvc;

	ApiClient.As melegnano;

	@BeforeEach
	void user() {
		melegnano = new ApiClient(mvc).as(CasaTestUsers.municipalOperator("melegnano"), null);
	}

	@Test
	void activationRequestWithMissingAndMalformedFieldsListsEveryOne() throws Exception {
		melegnano.post("/api/casework/cases", """
				{"household": {"members": [{"givenName": " ", "familyName": "Neri", "relationship": "REFERENCE_PERSON",
				                            "birthDate": "2099-01-01", "sex": "FEMALE"}],
				               "addresses": [{"kind": "RESIDENCE", "street": "Via Roma 1", "postalCode": "2007", "town": "Melegnano"}]},
				 "housing": {"situation": "OTHER"}}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("request.invalid"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("household.members[0].givenName",
					"household.members[0].birthDate", "household.addresses[0].postalCode", "consent")))
			.andExpect(jsonPath("$.errors[*].code").value(hasItems("NotBlank", "PastOrPresent", "Pattern", "NotNull")));
	}

	@Test
	void phoneAndEmailThatCannotReachAnyoneAreRefusedAtTheirFields() throws Exception {
		melegnano.post("/api/casework/cases", """
				{"household": {"members": [{"givenName": "Ada", "familyName": "Contattini", "relationship": "REFERENCE_PERSON",
				                            "birthDate": "1980-01-01", "sex": "FEMALE"}],
				               "contacts": [{"kind": "PHONE", "value": "abc"}, {"kind": "EMAIL", "value": "chiara@"},
				                            {"kind": "PHONE", "value": "+39 02 0000 0000"}]},
				 "housing": {"situation": "LEASE_NOT_RENEWED"},
				 "consent": {"givenOn": "2026-11-01", "scopes": ["CASE_WORK"]}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("household.contacts[0].value"))
			.andExpect(jsonPath("$.errors[0].code").value("contact.phone.invalid"))
			.andExpect(jsonPath("$.errors[1].field").value("household.contacts[1].value"))
			.andExpect(jsonPath("$.errors[1].code").value("contact.email.invalid"));
	}

	@Test
	void fiscalCodeWithAWrongCheckCharacterIsRefusedAtItsField() throws Exception {
		String code = InventedFiscalCodes.fiscalCode("NRE", "LRA", LocalDate.of(1975, 1, 20), false);
		String wrong = code.substring(0, 15) + (code.charAt(15) == 'A' ? 'B' : 'A');

		melegnano.post("/api/casework/cases", InventedPeople.singleAdult("Neri", wrong))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("household.members[0].fiscalCode"))
			.andExpect(jsonPath("$.errors[0].code").value("fiscalCode.checksum"));
	}

	@Test
	void fiscalCodeOfAnotherBirthDateIsRefused() throws Exception {
		String someoneElses = InventedFiscalCodes.fiscalCode("NRE", "MRC", LocalDate.of(1980, 5, 5), false);

		melegnano.post("/api/casework/cases", InventedPeople.singleAdult("Neri", someoneElses))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("household.members[0].fiscalCode"))
			.andExpect(jsonPath("$.errors[0].code").value("household.member.fiscalCode.inconsistent"));
	}

	@Test
	void householdRulesAndHousingDetailsAreCheckedWithTheirCodes() throws Exception {
		melegnano.post("/api/casework/cases", """
				{"household": {"members": [{"givenName": "Ada", "familyName": "Neri", "relationship": "CHILD",
				                            "birthDate": "2010-01-01", "sex": "FEMALE"}]},
				 "housing": {"situation": "EVICTION_IN_PROGRESS"},
				 "consent": {"givenOn": "2026-11-01", "scopes": ["AUTONOMY_TEAM"]}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code").value(hasItems("household.referencePerson.missing",
					"housingSituation.hearingDate.required", "consent.caseWork.required")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("household.members", "housing", "consent.scopes")));
	}

	@Test
	void unknownValueOfAListNamesItsField() throws Exception {
		melegnano.post("/api/casework/cases", """
				{"housing": {"situation": "CASTLE"}, "consent": {"givenOn": "2026-11-01", "scopes": ["CASE_WORK"]}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("housing.situation"))
			.andExpect(jsonPath("$.errors[0].code").value("typeMismatch"));
	}

	@Test
	void inboxParametersOutOfRangeAreNamed() throws Exception {
		melegnano.get("/api/casework/inbox?size=1000&grade=7")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("size", "grade")));
	}

	@Test
	void openApiDescriptionListsTheCaseworkEndpoints() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/casework/cases'].post").exists())
			.andExpect(jsonPath("$.paths['/api/casework/inbox'].get").exists())
			.andExpect(jsonPath("$.paths['/api/casework/cases/{caseId}/triage'].post").exists());
	}
}
