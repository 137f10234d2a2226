package it.casa.monitoring.web;

/** Who an export is for: the agency's own staff (exact counts) or outside readers (small counts suppressed). */
enum Audience {

	INTERNAL,

	PUBLIC;

	/** The request parameter's value: {@code public} or {@code internal} (the default). */
	static Audience of(String value) {
		return "public".equalsIgnoreCase(value) ? PUBLIC : INTERNAL;
	}

	/** What to show for a number in running text (notes): small counts are hidden for outside readers. */
	String number(long count) {
		return this == PUBLIC ? Suppression.single(count) : Long.toString(count);
	}
}
