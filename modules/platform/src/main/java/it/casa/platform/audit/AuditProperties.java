package it.casa.platform.audit;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxWait how long a read waits for the audit writer to take and commit its event before it is answered 503
 * @param queueCapacity how many callers may wait for the writer at once; beyond that, 503 at once
 */
@ConfigurationProperties("casa.audit")
record AuditProperties(@Nullable Duration maxWait, @Nullable Integer queueCapacity) {

	Duration maxWaitOrDefault() {
		return maxWait != null ? maxWait : Duration.ofSeconds(5);
	}

	int queueCapacityOrDefault() {
		return queueCapacity != null ? queueCapacity : 2_000;
	}
}
