package it.casa.platform.tenancy;

/** A tenant change collides with an existing tenant or with a concurrent change (answered as 409). */
class TenantConflictException extends RuntimeException {

	TenantConflictException(String message) {
		super(message);
	}
}
