package it.casa.platform;

/** Work that needs a municipality ran without one (e.g. an agency operator in the district view). */
public class NoTenantSelectedException extends RuntimeException {

	public NoTenantSelectedException() {
		super("This operation needs a municipality: choose one first");
	}
}
