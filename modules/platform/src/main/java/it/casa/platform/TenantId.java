package it.casa.platform;

import java.util.regex.Pattern;

/**
 * Identifies a tenant: one of the district's municipalities, or the district itself.
 * Lower-case words joined by hyphens, e.g. {@code san-giuliano-milanese}.
 */
public record TenantId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	public TenantId {
		if (value == null || value.length() > 60 || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A tenant id is lower-case words joined by hyphens, at most 60 characters");
		}
	}

	public static TenantId of(String value) {
		return new TenantId(value);
	}

	public static boolean isWellFormed(String value) {
		return value != null && value.length() <= 60 && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
