package it.casa.platform;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A change was based on an older version of a record than the stored one: someone else changed it meanwhile. Nothing
 * was saved; every module's API answers 409 with {@code code: version.stale} and the {@code currentVersion}, and the
 * client reloads and re-applies its change.
 */
public class StaleVersionException extends OptimisticLockingFailureException {

	public static final String CODE = "version.stale";

	private static final long serialVersionUID = 1L;

	private final long currentVersion;

	/** @param recordType what was changed, in words, e.g. {@code case} or {@code emergency} */
	public StaleVersionException(String recordType, long currentVersion) {
		super("The " + recordType + " was changed by someone else (now at version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	/** Throws if {@code current} is not the {@code expected} version the client saw. */
	public static void requireVersion(String recordType, long current, long expected) {
		if (current != expected) {
			throw new StaleVersionException(recordType, current);
		}
	}

	public long currentVersion() {
		return currentVersion;
	}
}
