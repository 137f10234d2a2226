package it.casa.platform;

import java.util.function.Supplier;

/**
 * Reads in the district context: the district's database role and schema, whatever municipality the current unit of
 * work is in. For district-wide read models that municipalities may write but only the district may read (monitoring's
 * figures, see docs/adr/0010).
 * <p>
 * The database does not narrow these reads: the caller must read only what the current user may see, decided from
 * {@link CurrentUsers}, never from the request. Keep every call easy to find; there should be few.
 */
public interface DistrictReads {

	/**
	 * Runs {@code work} in a read-only transaction of its own on a connection bound to the district, then restores the
	 * caller's municipality. Never inside the caller's transaction: that would hold a second pooled connection
	 * (docs/adr/0017), so it throws.
	 */
	<T> T read(Supplier<T> work);
}
