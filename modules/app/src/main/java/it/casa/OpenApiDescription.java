package it.casa;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI description at {@code /v3/api-docs}, committed as {@code docs/openapi.json} (kept equal by
 * {@code OpenApiDescriptionTests}) and compiled into the web UI's typed client.
 * <p>
 * The server is "/" rather than the address of the request, so that the description is the same wherever it is
 * served from. Records say in Java which components may be null ({@code @Nullable}, the rest being non-null under
 * {@code @NullMarked}); springdoc does not read that, so without {@link RecordNullability} every property of a response
 * would be optional and none nullable, and clients could not tell a missing grade from a missing id.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

	@Bean
	OpenAPI casaOpenApi() {
		return new OpenAPI()
			.info(new Info().title("CASA API")
				.version("1")
				.description("The district housing platform of C.A.S.A.: one REST API per module under /api/<module>. "
						+ "Errors are RFC 9457 problem details (application/problem+json)."))
			.servers(List.of(new Server().url("/").description("This CASA server")))
			.components(new Components().addSchemas(PROBLEM, problemSchema())
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("An access token of the identity provider with the audience casa-api"))
				.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name("SESSION")
					.description("The browser's session after signing in at /oauth2/authorization/casa"))
				.addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER)
					.name("X-XSRF-TOKEN")
					.description("With the session, on every change: the value of the XSRF-TOKEN cookie")))
			// Either a bearer token, or the session with its CSRF token (a bearer token needs none: another site
			// cannot send it).
			.security(List.of(new SecurityRequirement().addList(BEARER),
					new SecurityRequirement().addList(SESSION).addList(CSRF)));
	}

	static final String BEARER = "bearerToken";

	static final String SESSION = "sessionCookie";

	static final String CSRF = "csrfToken";

	/**
	 * Every operation named after its controller and method ("caseFind", "emergencyFind"), so that ids are unique and
	 * stay the same when another controller gains a method of the same name (springdoc would number them "find_3");
	 * and its problem responses, which the handlers do not declare one by one.
	 */
	@Bean
	OperationCustomizer operationIdsAndProblems() {
		return (operation, handlerMethod) -> {
			String controller = handlerMethod.getBeanType().getSimpleName().replaceFirst("Controller$", "");
			String method = handlerMethod.getMethod().getName();
			operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
					+ Character.toUpperCase(method.charAt(0)) + method.substring(1));
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			problem(responses, "400", "Invalid input: the fields at fault are listed in errors");
			problem(responses, "401", "Not signed in, or the token is not valid for this API");
			problem(responses, "403", "The user's roles do not allow this");
			problem(responses, "404", "Not found, or not visible to this user or in this municipality");
			if (handlerMethod.hasMethodAnnotation(PostMapping.class) || handlerMethod.hasMethodAnnotation(PutMapping.class)
					|| handlerMethod.hasMethodAnnotation(PatchMapping.class)
					|| handlerMethod.hasMethodAnnotation(DeleteMapping.class)) {
				problem(responses, "409", "Someone else changed it first (code version.stale), or its state does not "
						+ "allow this step");
			}
			operation.setResponses(responses);
			return operation;
		};
	}

	static final String PROBLEM = "ProblemDetails";

	private static void problem(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
	}

	/** A schema of one type; OpenAPI 3.1 writes the type as a set (type alone would be lost). */
	private static Schema<Object> typed(String type) {
		return new Schema<>().types(Set.of(type));
	}

	/** RFC 9457 problem details with CASA's extensions. */
	private static Schema<?> problemSchema() {
		Schema<Object> problem = new Schema<>();
		problem.types(Set.of("object"))
			.description("RFC 9457 problem details")
			.addProperty("type", typed("string"))
			.addProperty("title", typed("string"))
			.addProperty("status", typed("integer"))
			.addProperty("detail", typed("string"))
			.addProperty("instance", typed("string"))
			.addProperty("code", typed("string").description("A stable code for programs, e.g. version.stale"))
			.addProperty("errors", typed("array")
				.description("Invalid fields: their path and the rule they break")
				.items(typed("object").addProperty("field", typed("string").description("e.g. household.members[0].fiscalCode"))
					.addProperty("code", typed("string").description("The rule, e.g. NotBlank or fiscalCode.checkCharacter"))
					.addProperty("message", typed("string"))));
		problem.setRequired(List.of("title", "status"));
		return problem;
	}

	@Bean
	ModelConverter recordNullability() {
		return new RecordNullability();
	}

	/**
	 * Describes the components of a Java record as JSON Schema: a component annotated {@code @Nullable} is optional and
	 * may be {@code null}; in {@code @NullMarked} code every other one is required.
	 */
	static final class RecordNullability implements ModelConverter {

		@Override
		public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
				Iterator<ModelConverter> chain) {
			if (!chain.hasNext()) {
				return null;
			}
			Schema<?> schema = chain.next().resolve(type, context, chain);
			Class<?> rawClass = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
			if (schema == null || rawClass == null || !rawClass.isRecord()) {
				return schema;
			}
			// Asked for a reference (as springdoc asks for bodies), the resolver answers with one and keeps the
			// record's schema among the defined models.
			Schema<?> described = schema;
			if (schema.get$ref() != null) {
				described = context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
			}
			if (described != null && described.getProperties() != null) {
				describe(rawClass, described, isNullMarked(rawClass));
			}
			return schema;
		}

		/**
		 * Whether the record's code says what may be null: in a {@code @NullMarked} scope an unannotated component is
		 * non-null; elsewhere only a component annotated {@code @Nullable} is known (to be nullable).
		 */
		static boolean isNullMarked(Class<?> type) {
			for (Class<?> scope = type; scope != null; scope = scope.getEnclosingClass()) {
				if (scope.isAnnotationPresent(NullUnmarked.class)) {
					return false;
				}
				if (scope.isAnnotationPresent(NullMarked.class)) {
					return true;
				}
			}
			Package pkg = type.getPackage();
			return pkg != null && pkg.isAnnotationPresent(NullMarked.class);
		}

		private static void describe(Class<?> record, Schema<?> schema, boolean nullMarked) {
			Map<String, Schema> properties = schema.getProperties();
			Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
			for (RecordComponent component : record.getRecordComponents()) {
				Schema<?> property = properties.get(component.getName());
				if (property == null) {
					continue;
				}
				if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
					required.remove(component.getName());
					if (property.getTypes() != null && !property.getTypes().isEmpty()) {
						property.addType("null");
					}
				}
				else if (nullMarked) {
					required.add(component.getName());
				}
			}
			// Sorted like springdoc sorts the rest, so the description does not depend on the order of discovery.
			List<String> sorted = new ArrayList<>(required);
			sorted.sort(null);
			schema.setRequired(sorted.isEmpty() ? null : sorted);
		}
	}
}
