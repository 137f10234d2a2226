package it.casa.freemarket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The offer's statuses: the only ways between them, and when its details may change. */
class OfferStatusTests {

	@Test
	void aDraftIsPublishedOrWithdrawnNeverLetDirectly() {
		assertThat(OfferStatus.DRAFT.next()).containsExactlyInAnyOrder(OfferStatus.PUBLISHED, OfferStatus.WITHDRAWN);
		assertThat(OfferStatus.DRAFT.mayMoveTo(OfferStatus.LET)).isFalse();
	}

	@Test
	void onlyAReservedOfferIsLetAndALetOfferStaysLet() {
		for (OfferStatus status : OfferStatus.values()) {
			assertThat(status.mayMoveTo(OfferStatus.LET)).as(status.name()).isEqualTo(status == OfferStatus.RESERVED);
		}
		assertThat(OfferStatus.LET.next()).isEmpty();
	}

	@Test
	void aWithdrawnOfferIsReopenedAsADraft() {
		assertThat(OfferStatus.WITHDRAWN.next()).containsExactly(OfferStatus.DRAFT);
	}

	@Test
	void detailsChangeOnlyWhileDraftOrPublished() {
		assertThat(EnumSet.allOf(OfferStatus.class)).filteredOn(OfferStatus::editable)
			.containsExactlyInAnyOrder(OfferStatus.DRAFT, OfferStatus.PUBLISHED);
	}

	@Test
	void noStatusMovesToItself() {
		for (OfferStatus status : OfferStatus.values()) {
			assertThat(status.mayMoveTo(status)).as(status.name()).isFalse();
		}
	}
}
