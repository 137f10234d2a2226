package it.casa.platform.tenancy;

import java.nio.file.Path;

/** A file in {@code tenants/} cannot be used; start-up stops with a message naming the file and the field. */
class InvalidTenantFileException extends RuntimeException {

	InvalidTenantFileException(Path file, String field, String problem) {
		super("Tenant file " + file + ", field '" + field + "': " + problem);
	}

	InvalidTenantFileException(Path file, String problem, Throwable cause) {
		super("Tenant file " + file + ": " + problem, cause);
	}
}
