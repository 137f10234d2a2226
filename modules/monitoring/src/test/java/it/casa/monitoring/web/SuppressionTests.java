package it.casa.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuppressionTests {

	@Test
	void countsOfOneOrTwoAreShownAsLessThanThree() {
		assertThat(Suppression.single(1)).isEqualTo("<3");
		assertThat(Suppression.single(2)).isEqualTo("<3");
		assertThat(Suppression.single(0)).isEqualTo("0");
		assertThat(Suppression.single(3)).isEqualTo("3");
	}

	@Test
	void tableWithoutSmallCountsIsShownAsItIs() {
		Suppression.Shown shown = Suppression.table(counts(14, 10, 6, 5, 3, 6));
		assertThat(shown.cells()).containsOnlyNulls();
		assertThat(shown.total()).isNull();
	}

	@Test
	void aLoneSmallCountIsProtectedByWithholdingTheSmallestOther() {
		// 10 + 5 + x = 16 would give x = 1 away.
		Suppression.Shown shown = Suppression.table(counts(10, 5, 1));
		assertThat(shown.cells()).containsExactly(null, "n.d.", "<3");
		assertThat(shown.total()).isNull();
	}

	@Test
	void smallCountsThatCanOnlyBeAllOnesAreProtected() {
		// The press kit's requests: 19, 9, 4, 4, 3, 3, 1, 1 of 44. Two hidden cells adding to 2 are both 1.
		Suppression.Shown shown = Suppression.table(counts(19, 9, 4, 4, 3, 3, 1, 1));
		assertThat(shown.cells()).containsExactly(null, null, "n.d.", null, "n.d.", "n.d.", "<3", "<3");
		assertThat(Suppression.someSmallCountCanBeWorkedOut(counts(19, 9, 4, 4, 3, 3, 1, 1), shown.cells(), 44)).isFalse();
	}

	@Test
	void smallCountsThatCannotBeToldApartNeedNothingMore() {
		// 3, 3, 1, 1, 2, 2, 6 of 18: four hidden cells adding to 6 can be 1s and 2s in several ways.
		Suppression.Shown shown = Suppression.table(counts(3, 3, 1, 1, 2, 2, 6));
		assertThat(shown.cells()).containsExactly(null, null, "<3", "<3", "<3", "<3", null);
	}

	@Test
	void aSmallTotalIsSmallToo() {
		Suppression.Shown shown = Suppression.table(counts(0, 2, 0));
		assertThat(shown.cells()).containsExactly(null, "<3", null);
		assertThat(shown.total()).isEqualTo("<3");
	}

	@Test
	void whenNothingIsLeftToWithholdTheTotalIs() {
		Suppression.Shown shown = Suppression.table(counts(1, 1, 1));
		assertThat(shown.cells()).containsExactly("<3", "<3", "<3");
		assertThat(shown.total()).isEqualTo("n.d.");
	}

	@Test
	void everyTableOfSmallCountsEndsWithNoSmallCountTellable() {
		for (int a = 0; a <= 6; a++) {
			for (int b = 0; b <= 6; b++) {
				for (int c = 0; c <= 6; c++) {
					List<Long> counts = counts(a, b, c, 7);
					Suppression.Shown shown = Suppression.table(counts);
					if (shown.total() == null) {
						assertThat(Suppression.someSmallCountCanBeWorkedOut(counts, shown.cells(), a + b + c + 7))
							.as("%s shown as %s", counts, shown.cells())
							.isFalse();
					}
				}
			}
		}
	}

	private static List<Long> counts(long... values) {
		return Arrays.stream(values).boxed().toList();
	}
}
