package it.casa.platform;

/**
 * Text a user searches for, made literal in a SQL {@code LIKE} pattern: {@code %}, {@code _} and the escape character
 * itself match only themselves (ADR 0028). Every {@code LIKE} on user input goes through here and is written
 * {@code column LIKE ? ESCAPE '\'}, so that a search for "50%" is not a search for everything starting with "50".
 */
public final class SqlLike {

	/** The escape character the patterns use; write {@code ESCAPE '\'} after the {@code LIKE}. */
	public static final char ESCAPE = '\\';

	private SqlLike() {
	}

	/** The pattern matching any text that contains {@code text}. */
	public static String containing(String text) {
		return "%" + literal(text) + "%";
	}

	/** The pattern matching any text that starts with {@code text}. */
	public static String startingWith(String text) {
		return literal(text) + "%";
	}

	/** {@code text} with every wildcard and escape character escaped. */
	public static String literal(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' || c == '_' || c == ESCAPE) {
				escaped.append(ESCAPE);
			}
			escaped.append(c);
		}
		return escaped.toString();
	}
}
