package it.casa.platform;

import java.util.regex.Pattern;

/**
 * Identifies a partner organisation: lower-case words joined by hyphens, e.g. {@code immobiliare-lambro-casa}. Its
 * people's accounts carry it in the {@code casa_org} claim, which is why it is readable and never changes.
 */
public record OrganisationId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	public OrganisationId {
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException(
					"An organisation id is lower-case words joined by hyphens, at most 60 characters");
		}
	}

	public static OrganisationId of(String value) {
		return new OrganisationId(value);
	}

	public static boolean isWellFormed(String value) {
		return value != null && value.length() <= 60 && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
