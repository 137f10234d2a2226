package it.casa.platform.tenancy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The outcome of the last migration of one schema, as reported by the health endpoint. */
record MigrationState(Status status, int appliedChangesets, Instant at, @Nullable String problem) {

	enum Status {
		MIGRATED, FAILED
	}

	static MigrationState migrated(int appliedChangesets) {
		return new MigrationState(Status.MIGRATED, appliedChangesets, Instant.now(), null);
	}

	static MigrationState failed(String problem) {
		return new MigrationState(Status.FAILED, 0, Instant.now(), problem);
	}
}
