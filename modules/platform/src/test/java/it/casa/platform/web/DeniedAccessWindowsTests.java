package it.casa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which refused attempts are written: the 1st, 10th, 100th... of one user at one record within a window. */
class DeniedAccessWindowsTests {

	private Instant now = Instant.parse("2026-12-06T09:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	private final DeniedAccessWindows windows = new DeniedAccessWindows(Duration.ofMinutes(15), clock);

	@Test
	void repeatsAreWrittenAtEachPowerOfTen() {
		List<Integer> written = new ArrayList<>();
		for (int attempt = 1; attempt <= 1000; attempt++) {
			if (windows.counts("operatore", "san-donato-milanese", "case", "42")) {
				written.add(attempt);
			}
		}
		assertThat(written).containsExactly(1, 10, 100, 1000);
	}

	@Test
	void anotherRecordAnotherUserOrALaterWindowCountAfresh() {
		assertThat(windows.counts("operatore", "t", "case", "42")).isTrue();
		assertThat(windows.counts("operatore", "t", "case", "42")).isFalse();
		assertThat(windows.counts("operatore", "t", "case", "43")).isTrue();
		assertThat(windows.counts("collega", "t", "case", "42")).isTrue();
		now = now.plus(Duration.ofMinutes(15));
		assertThat(windows.counts("operatore", "t", "case", "42")).isTrue();
	}
}
