package it.casa.monitoring.web;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;


import it.casa.monitoring.FigureWords;
import it.casa.monitoring.Period;

/**
 * The words of the exports, Italian first (the press kit's own words for the published categories), English second:
 * monitoring's own, and through {@link #forSource} each source's bundle. Never falls back to the server's locale: a
 * server set to English still writes Italian reports.
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
		return format(bundle.getString(key), arguments);
	}

	private String format(String pattern, Object... arguments) {
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	/** The words a source writes its section in, for {@code audience}. */
	FigureWords forSource(String bundleName, Audience audience) {
		ResourceBundle own = ResourceBundle.getBundle(bundleName, locale, Labels.class.getClassLoader(), NO_FALLBACK);
		Labels shared = this;
		return new FigureWords() {

			@Override
			public String text(String key, Object... arguments) {
				return format(own.getString(key), arguments);
			}

			@Override
			public String shared(String key) {
				return shared.text(key);
			}

			@Override
			public String period(Period period) {
				return shared.period(period);
			}

			@Override
			public String periodInText(Period period) {
				return shared.periodInText(period);
			}

			@Override
			public String month(YearMonth month) {
				return shared.month(month);
			}

			@Override
			public String day(LocalDate day) {
				return shared.day(day);
			}

			@Override
			public String number(long count) {
				return audience.number(count);
			}

			@Override
			public Locale locale() {
				return locale;
			}
		};
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

	String month(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
	}

	String day(LocalDate day) {
		return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

	private String month(LocalDate day) {
		return day.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
	}
}
