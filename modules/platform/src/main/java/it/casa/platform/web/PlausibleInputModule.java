package it.casa.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson side of {@link PlausibleInput}: every JSON text and every date or time read into any module's request
 * body passes its checks, so that a module needs no annotation for them (ADR 0028). A refusal carries the field's
 * path like any unreadable value, and {@link InputProblems} answers it with its code.
 */
final class PlausibleInputModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	PlausibleInputModule() {
		super("casa-plausible-input");
		addDeserializer(String.class, new PlainTextDeserializer());
		plausible(LocalDate.class, LocalDateDeserializer.INSTANCE);
		plausible(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE);
		plausible(Instant.class, InstantDeserializer.INSTANT);
		plausible(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME);
		plausible(ZonedDateTime.class, InstantDeserializer.ZONED_DATE_TIME);
	}

	@SuppressWarnings("unchecked")
	private <T> void plausible(Class<T> type, ValueDeserializer<T> jacksons) {
		addDeserializer(type, (ValueDeserializer<T>) (ValueDeserializer<?>) new PlausibleDate(jacksons));
	}

	/** Jackson's own reading of a string, then the check; also used for the elements of lists and arrays of text. */
	private static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

		PlainTextDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return PlausibleInput.requirePlainText(StringDeserializer.instance.deserialize(parser, context));
		}

		@Override
		public Object getEmptyValue(DeserializationContext context) {
			return "";
		}
	}

	/** Keeps Jackson's reading of the date (formats, {@code @JsonFormat}) and checks what it read. */
	private static final class PlausibleDate extends DelegatingDeserializer {

		PlausibleDate(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new PlausibleDate(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			return value == null ? null : PlausibleInput.requirePlausible(value);
		}
	}
}
