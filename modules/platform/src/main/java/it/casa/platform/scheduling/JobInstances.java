package it.casa.platform.scheduling;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * A scheduled run's id in the jobs table: the municipality and the record, {@code melegnano:8f1c...} (an empty
 * municipality for the district). The id carries everything a run needs, so runs hold no serialized data.
 */
final class JobInstances {

	private JobInstances() {
	}

	static String id(@Nullable TenantId municipality, String recordId) {
		if (recordId.isBlank() || recordId.length() > 200) {
			throw new IllegalArgumentException("A job's record id is 1 to 200 characters");
		}
		return (municipality == null ? "" : municipality.value()) + ":" + recordId;
	}

	static @Nullable TenantId municipality(String id) {
		String tenant = id.substring(0, id.indexOf(':'));
		return tenant.isEmpty() ? null : TenantId.of(tenant);
	}

	static String recordId(String id) {
		return id.substring(id.indexOf(':') + 1);
	}
}
