package it.casa.monitoring.web;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import org.jspecify.annotations.Nullable;

import it.casa.emergency.ReportingEntityKind;
import it.casa.monitoring.Period;

/**
 * The words of the exports, Italian first (the press kit's own words for the published categories), English second.
 * Never falls back to the server's locale: a server set to English still writes Italian reports.
 */
final class Labels {

	static final Locale ITALIAN = Locale.ITALIAN;

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final Locale locale;

	private final ResourceBundle bundle;

	private Labels(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("it.casa.monitoring.web.labels", locale, Labels.class.getClassLoader(),
				NO_FALLBACK);
	}

	/** Italian unless English is asked for. */
	static Labels of(String language) {
		return new Labels("en".equalsIgnoreCase(language) ? Locale.ENGLISH : ITALIAN);
	}

	Locale locale() {
		return locale;
	}

	String text(String key, Object... arguments) {
		String pattern = bundle.getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	String category(String prefix, Enum<?> value) {
		return text(prefix + "." + value.name());
	}

	/**
	 * The reporting entity as the press kit writes it: "Comune di San Giuliano Milanese", "Carabinieri di Opera",
	 * "Dato non pervenuto". A name already starting with the kind's word is kept as it is.
	 */
	String reportingEntity(ReportingEntityKind kind, @Nullable String name) {
		String kindLabel = text("reportingEntity." + kind.name());
		if (name == null || name.isBlank()) {
			return kindLabel;
		}
		String firstWord = kindLabel.split(" ")[0].toLowerCase(locale);
		if (name.toLowerCase(locale).startsWith(firstWord)) {
			return name;
		}
		return text("reportingEntity.named." + kind.name(), name);
	}

	String grade(int grade) {
		return text("grade." + grade);
	}

	/**
	 * A period as the press kit names it: "da aprile a maggio 2025", "aprile 2025", "2024", else "dal 1 aprile 2025
	 * al 15 maggio 2025".
	 */
	String period(Period period) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		if (period.isOneYear()) {
			return text("period.year", Integer.toString(from.getYear()));
		}
		if (period.isWholeMonths() && from.getYear() == to.getYear()) {
			if (from.getMonth() == to.getMonth()) {
				return text("period.month", month(from), Integer.toString(from.getYear()));
			}
			return text("period.months.sameYear", month(from), month(to), Integer.toString(from.getYear()));
		}
		return text("period.days", day(from), day(to));
	}

	/** The period inside a sentence: "nel 2024", "nel mese di aprile 2025", "da aprile a maggio 2025". */
	String periodInText(Period period) {
		if (period.isOneYear()) {
			return text("period.year.inText", Integer.toString(period.from().getYear()));
		}
		if (period.isWholeMonths() && period.from().getYear() == period.to().getYear()
				&& period.from().getMonth() == period.to().getMonth()) {
			return text("period.month.inText", month(period.from()), Integer.toString(period.from().getYear()));
		}
		return period(period);
	}

	/** The period as a title: "Da aprile a maggio 2025". */
	String periodTitle(Period period) {
		String text = period(period);
		return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

	String month(java.time.YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
	}

	String day(LocalDate day) {
		return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

	private String month(LocalDate day) {
		return day.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
	}
}
