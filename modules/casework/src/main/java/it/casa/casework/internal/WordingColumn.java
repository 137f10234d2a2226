package it.casa.casework.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import it.casa.casework.Wording;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Wording} in one text column, as JSON ({@code {"code": ..., "parameters": {...}}}): readable in SQL with
 * {@code ::jsonb}, and written by the migrations of the texts stored before (docs/adr/0021).
 */
@Converter
class WordingColumn implements AttributeConverter<Wording, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable Wording wording) {
		return wording == null ? null
				: JSON.writeValueAsString(Map.of("code", wording.code(), "parameters", wording.parameters()));
	}

	@Override
	public @Nullable Wording convertToEntityAttribute(@Nullable String column) {
		if (column == null) {
			return null;
		}
		Map<String, Object> stored = JSON.readValue(column, MAP);
		@SuppressWarnings("unchecked")
		Map<String, Object> parameters = (Map<String, Object>) stored.getOrDefault("parameters", Map.of());
		Map<String, String> strings = new java.util.LinkedHashMap<>();
		parameters.forEach((name, value) -> strings.put(name, String.valueOf(value)));
		return new Wording((String) stored.get("code"), strings);
	}

	static @Nullable String toColumn(@Nullable Wording wording) {
		return new WordingColumn().convertToDatabaseColumn(wording);
	}

	static @Nullable Wording fromColumn(@Nullable String column) {
		return new WordingColumn().convertToEntityAttribute(column);
	}
}
