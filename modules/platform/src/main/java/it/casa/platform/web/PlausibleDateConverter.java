package it.casa.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.format.support.DefaultFormattingConversionService;

/**
 * Query parameters and path variables of {@code java.time} types: read as Spring reads them (ISO by default,
 * {@code @DateTimeFormat} honoured), then held to the plausible window (ADR 0028). Registered after Spring's own
 * converters, so it is asked first.
 */
final class PlausibleDateConverter implements GenericConverter {

	private static final Set<ConvertiblePair> PAIRS = Set
		.of(LocalDate.class, LocalDateTime.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class)
		.stream()
		.map(type -> new ConvertiblePair(String.class, type))
		.collect(Collectors.toUnmodifiableSet());

	private final DefaultFormattingConversionService reading = new DefaultFormattingConversionService();

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return PAIRS;
	}

	@Override
	public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		Object value = reading.convert(source, sourceType, targetType);
		return value == null ? null : PlausibleInput.requirePlausible(value);
	}
}
