package it.casa.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds repeated refusals of one user at one record (ADR 0028): within a window (15 minutes by default) the 1st,
 * 10th, 100th... attempt are written, so that the trail shows that a probe happened and how large it was, without a
 * row for every try. Kept in memory per instance: after a restart, or on another instance, the count starts again,
 * which writes more rows, never fewer. At most {@value #MAX_TRACKED} pairs are tracked; past that, attempts are
 * written each time rather than forgotten.
 */
final class DeniedAccessWindows {

	static final int MAX_TRACKED = 10_000;

	private final Map<Key, Window> windows = new ConcurrentHashMap<>();

	private final Duration length;

	private final Clock clock;

	DeniedAccessWindows(Duration length, Clock clock) {
		this.length = length;
		this.clock = clock;
	}

	/** Counts an attempt; true when it is one to write. */
	boolean counts(String actor, String tenant, String recordType, String recordId) {
		Instant now = clock.instant();
		if (windows.size() >= MAX_TRACKED) {
			windows.values().removeIf(window -> window.endsBefore(now, length));
			if (windows.size() >= MAX_TRACKED) {
				return true;
			}
		}
		Window window = windows.compute(new Key(actor, tenant, recordType, recordId),
				(key, open) -> open == null || open.endsBefore(now, length) ? new Window(now, 1) : open.next());
		return isPowerOfTen(window.attempts());
	}

	private static boolean isPowerOfTen(long n) {
		long power = 1;
		while (power < n && power <= Long.MAX_VALUE / 10) {
			power *= 10;
		}
		return power == n;
	}

	private record Key(String actor, String tenant, String recordType, String recordId) {
	}

	private record Window(Instant started, long attempts) {

		Window next() {
			return new Window(started, attempts + 1);
		}

		boolean endsBefore(Instant now, Duration length) {
			return !started.plus(length).isAfter(now);
		}
	}
}
