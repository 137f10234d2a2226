package it.casa.platform;

/** The requested municipality does not exist or is disabled; answered as 404, never revealing which. */
public class UnknownTenantException extends RuntimeException {

	private final String requestedTenant;

	public UnknownTenantException(String requestedTenant) {
		super("No such municipality");
		this.requestedTenant = requestedTenant;
	}

	public String requestedTenant() {
		return requestedTenant;
	}
}
