package it.casa.casework.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are written into the inbox's search text and how a search is split into terms, the same way on both
 * sides: lower case, accents removed ("Nicolò" is found by "nicolo"), anything but letters and digits a separator.
 */
final class NameSearch {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** At most this many terms are used from a search; more add nothing but cost. */
	static final int MAX_TERMS = 5;

	private NameSearch() {
	}

	static String normalise(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return SEPARATORS.matcher(plain).replaceAll(" ").strip();
	}

	/** The search text of some names: each normalised, separated by spaces. */
	static String searchText(List<String> names) {
		return String.join(" ", names.stream().map(NameSearch::normalise).filter(name -> !name.isEmpty()).toList());
	}

	/** The terms of a search, each to be found somewhere in the search text. */
	static List<String> terms(String query) {
		String normalised = normalise(query);
		if (normalised.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(normalised.split(" ")).distinct().limit(MAX_TERMS).toList();
	}
}
