package it.casa.platform.organisation;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A change of an organisation that its current state does not allow: unknown id, id taken, stale version, nothing to
 * suspend or reinstate. Answered as a problem with {@link #code()} and {@link #properties()}; ids and statuses only.
 */
final class OrganisationRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	private final String code;

	private final transient Map<String, Object> properties;

	private OrganisationRefusedException(HttpStatus status, String code, String message, Map<String, Object> properties) {
		super(message);
		this.status = status;
		this.code = code;
		this.properties = Map.copyOf(properties);
	}

	static OrganisationRefusedException notFound() {
		return new OrganisationRefusedException(HttpStatus.NOT_FOUND, "organisation.notFound",
				"No such organisation.", Map.of());
	}

	static OrganisationRefusedException idTaken() {
		return new OrganisationRefusedException(HttpStatus.CONFLICT, "organisation.exists",
				"An organisation with this id exists already; ids are never reused.", Map.of());
	}

	static OrganisationRefusedException stale(long currentVersion) {
		return new OrganisationRefusedException(HttpStatus.CONFLICT, "version.stale",
				"Someone else changed this organisation after you opened it. Your change was not saved: reload, "
						+ "check and send the new version.",
				Map.of("currentVersion", currentVersion));
	}

	static OrganisationRefusedException alreadySuspended() {
		return new OrganisationRefusedException(HttpStatus.CONFLICT, "organisation.suspended",
				"The organisation is suspended already.", Map.of());
	}

	static OrganisationRefusedException notSuspended() {
		return new OrganisationRefusedException(HttpStatus.CONFLICT, "organisation.notSuspended",
				"The organisation is not suspended: there is nothing to reinstate.", Map.of());
	}

	HttpStatus status() {
		return status;
	}

	String code() {
		return code;
	}

	Map<String, Object> properties() {
		return properties;
	}
}
