package it.casa.platform.organisation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import it.casa.platform.Organisation;

/**
 * An organisation with what only its administration shows: why and since when it is suspended, and the version a
 * change must name.
 */
record StoredOrganisation(Organisation organisation, @Nullable Instant suspendedAt, @Nullable String suspensionReason,
		long version) {
}
