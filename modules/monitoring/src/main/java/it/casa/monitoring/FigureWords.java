package it.casa.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The words a source writes its section in: its own bundle ({@link FigureSource#labels()}), the words every section
 * shares, dates and periods as the press kit writes them, and numbers in running text as the audience may read them.
 */
public interface FigureWords {

	/** The source's own text for {@code key}, its placeholders filled with {@code arguments}. */
	String text(String key, Object... arguments);

	/** {@code prefix.NAME} from the source's own bundle: the label of a category. */
	default String category(String prefix, Enum<?> value) {
		return text(prefix + "." + value.name());
	}

	/** Monitoring's shared words: {@code total}, {@code column.count}, {@code column.month}, {@code table.municipality}. */
	String shared(String key);

	/** A period as the press kit names it: "da aprile a maggio 2025", "2024". */
	String period(Period period);

	/** The period inside a sentence: "nel 2024", "nel mese di aprile 2025". */
	String periodInText(Period period);

	/** "aprile 2025". */
	String month(YearMonth month);

	/** "1 aprile 2025". */
	String day(LocalDate day);

	/** A number in running text (notes): for outside readers a small count is shown as "<3". */
	String number(long count);

	Locale locale();
}
