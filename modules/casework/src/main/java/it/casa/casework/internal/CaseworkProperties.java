package it.casa.casework.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of case work ({@code casa.casework.*}).
 *
 * @param duplicateDetectionKey the secret key of the fiscal-code hashes in the district's person index
 *        ({@code CASA_CASEWORK_DUPLICATE_DETECTION_KEY}); without it a development key is used and a warning logged.
 *        Changing it makes earlier hashes unmatchable until every case is projected again.
 */
@ConfigurationProperties("casa.casework")
record CaseworkProperties(@Nullable String duplicateDetectionKey) {
}
