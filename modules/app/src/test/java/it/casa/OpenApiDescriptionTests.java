package it.casa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

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

	@Test
	void theDescriptionDeclaresBothWaysToSignIn() throws Exception {
		JsonNode description = JsonMapper.builder().build().readTree(mvc.perform(get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		JsonNode schemes = description.get("components").get("securitySchemes");
		assertThat(schemes.get("bearerToken").get("scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.get("sessionCookie").get("in").asString()).isEqualTo("cookie");
		assertThat(schemes.get("csrfToken").get("name").asString()).isEqualTo("X-XSRF-TOKEN");
		assertThat(description.get("security").toString())
			.isEqualTo("[{\"bearerToken\":[]},{\"csrfToken\":[],\"sessionCookie\":[]}]");
	}

	@Test
	void everyOperationHasItsOwnNameAndItsProblems() throws Exception {
		JsonNode description = JsonMapper.builder().build().readTree(mvc.perform(get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		List<String> ids = new ArrayList<>();
		description.get("paths").forEach(path -> path.forEach(operation -> {
			ids.add(operation.get("operationId").asString());
			assertThat(operation.get("responses").has("401")).as(operation.get("operationId").asString()).isTrue();
			assertThat(operation.get("responses").get("404").get("content").has("application/problem+json")).isTrue();
		}));
		assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"));
		assertThat(ids).contains("caseFind", "emergencyFind", "inboxInbox");
	}

	/**
	 * springdoc names a schema after the class's simple name: two records of the same name (one module's TenantView
	 * and another's) become one schema, and clients are typed with the wrong one. Every schema name must come from
	 * one class only.
	 */
	@Test
	void noTwoClassesShareASchemaName() throws Exception {
		JsonNode description = JsonMapper.builder().build().readTree(mvc.perform(get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		Set<String> schemaNames = description.get("components").get("schemas").propertyNames().stream()
			.collect(Collectors.toSet());
		Map<String, List<String>> classesByName = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("it.casa")
			.stream()
			.filter(type -> schemaNames.contains(type.getSimpleName()))
			.collect(Collectors.groupingBy(JavaClass::getSimpleName,
					Collectors.mapping(JavaClass::getName, Collectors.toList())));

		assertThat(classesByName).allSatisfy((name, classes) -> assertThat(classes).as(name).hasSize(1));
	}
}
