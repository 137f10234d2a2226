package it.casa.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of recomputing the whole hash chain.
 *
 * @param checked rows recomputed
 * @param firstBrokenId the first row whose hash does not match its content or whose predecessor does not match
 *        the row before it; everything before it is intact
 * @param lastId the head of the chain; with {@code lastHash}, what to write down outside the database (a signed
 *        report, a ticket) so that a later rewrite or truncation of the tail can be proven too
 */
record ChainVerification(boolean ok, long checked, @Nullable Long firstBrokenId, @Nullable Long lastId,
		@Nullable String lastHash) {
}
