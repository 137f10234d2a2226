package it.casa.platform;

import java.util.function.Supplier;

/**
 * Changes of district data (a partner's offers, say) made in the district context: the district's database role and
 * schema, whatever municipality the request acts in. {@link DistrictReads} is the read-only sibling; this one writes.
 * <p>
 * The database does not narrow what the work sees: the caller decides from {@link CurrentUsers} which rows the user may
 * read or change, and names them in every query.
 */
public interface DistrictWork {

	/**
	 * Runs {@code work} in a transaction of its own on a connection bound to the district, commits it, then restores
	 * the caller's municipality. What it changes and the audit events it records commit together or not at all. Never
	 * inside the caller's transaction: that would hold a second pooled connection (docs/adr/0017), so it throws.
	 */
	<T> T run(Supplier<T> work);
}
