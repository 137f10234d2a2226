package it.casa.emergency;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A change was based on an older version of the emergency than the stored one: someone else changed it meanwhile.
 * Nothing was saved (HTTP 409); the client reloads and re-applies its change.
 */
public class StaleEmergencyException extends OptimisticLockingFailureException {

	public static final String CODE = "version.stale";

	private static final long serialVersionUID = 1L;

	private final long currentVersion;

	public StaleEmergencyException(long currentVersion) {
		super("The emergency was changed by someone else (now at version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}
}
