package it.casa.platform.rules;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import it.casa.platform.web.SafeThrowable;

/**
 * Looks every few seconds for versions another instance adopted. Its thread is its own and not a bean: an executor
 * bean would be taken for the application's (Spring Modulith's test scenarios, for one, poll with it).
 */
final class RuleBookRefresh implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RuleBookRefresh.class);

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(work -> {
		Thread thread = new Thread(work, "rule-book-refresh");
		thread.setDaemon(true);
		return thread;
	});

	RuleBookRefresh(DatabaseRuleBook book, Duration every) {
		executor.scheduleWithFixedDelay(() -> {
			try {
				book.refreshIfChanged();
			}
			catch (RuntimeException ex) {
				log.warn("Rule book refresh failed, retrying: {}", SafeThrowable.describe(ex));
			}
		}, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}
}
