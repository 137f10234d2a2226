package it.casa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.media.Schema;

/** How {@link OpenApiDescription.RecordNullability} describes a record's components. */
@NullMarked
class RecordNullabilityTests {

	record Nested(String name) {
	}

	record Example(String id, long version, @Nullable Integer grade, @Nullable Nested assignee, Nested owner) {
	}

	/** Outside a null-marked scope an unannotated component may be null as well as not: nothing is claimed. */
	@NullUnmarked
	record Unknown(String boundTenant, @Nullable String organisation) {
	}

	@Test
	void nonNullComponentsAreRequiredAndNullableOnesOptionalAndNullable() {
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(new OpenApiDescription.RecordNullability());

		Map<String, Schema> schemas = converters.readAll(Example.class);

		Schema<?> example = schemas.get("Example");
		assertThat(example.getRequired()).containsExactly("id", "owner", "version");
		assertThat(((Schema<?>) example.getProperties().get("grade")).getTypes()).containsExactlyInAnyOrder("integer", "null");
		assertThat(schemas.get("Nested").getRequired()).containsExactly("name");
	}

	@Test
	void outsideNullMarkedCodeNothingIsRequiredAndOnlyNullableComponentsAreNullable() {
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(new OpenApiDescription.RecordNullability());

		Schema<?> unknown = converters.readAll(Unknown.class).get("Unknown");
		assertThat(unknown.getRequired()).isNull();
		assertThat(((Schema<?>) unknown.getProperties().get("organisation")).getTypes()).contains("null");
	}

	@Test
	void recordsAskedForAsReferencesAreDescribedToo() {
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(new OpenApiDescription.RecordNullability());

		ResolvedSchema resolved = converters.resolveAsResolvedSchema(new AnnotatedType(Example.class).resolveAsRef(true));

		assertThat(resolved.referencedSchemas.get("Example").getRequired()).containsExactly("id", "owner", "version");
	}
}
