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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
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
			.servers(List.of(new Server().url("/").description("This CASA server")));
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
