package it.casa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/openapi.json} is the API description the web UI's typed client is generated from: it must be exactly
 * what the application serves. When it is not, this test writes the served one in its place and fails, so that the
 * change is reviewed and committed with the code that caused it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDescriptionTests {

	/** From the app module's folder, where Maven runs the tests. */
	static final Path COMMITTED = Path.of("../../docs/openapi.json").toAbsolutePath().normalize();

	@Autowired
	MockMvc mvc;

	@Test
	void committedDescriptionIsTheOneTheApplicationServes() throws Exception {
		// given the description the running application serves, pretty-printed
		String served = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		String pretty = json.writeValueAsString(json.readValue(served, JsonNode.class)) + "\n";

		// when compared with the committed one
		String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
		if (!committed.equals(pretty)) {
			Files.writeString(COMMITTED, pretty, StandardCharsets.UTF_8);
		}

		// then they are the same
		assertThat(committed).as("""
				%s was out of date and has been regenerated from the running application: review the change \
				(git diff docs/openapi.json), rebuild the web UI (its client is generated from this file) and commit it.""",
				COMMITTED)
			.isEqualTo(pretty);
	}
}
