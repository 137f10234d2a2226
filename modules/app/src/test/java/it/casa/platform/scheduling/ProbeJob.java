package it.casa.platform.scheduling;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import it.casa.platform.TenantContext;

/** A job for the scheduler's tests: counts its runs per record and notes the schema each ran in. */
@Component
class ProbeJob implements ScheduledJob {

	static final String NAME = "scheduler-probe";

	static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

	static final Map<String, String> SCHEMAS = new ConcurrentHashMap<>();

	static final Map<String, String> TENANTS = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	ProbeJob(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void run(JobRun run) {
		SCHEMAS.put(run.recordId(), jdbc.queryForObject("SELECT current_schema()", String.class));
		TENANTS.put(run.recordId(), TenantContext.current().map(Object::toString).orElse("district"));
		RUNS.computeIfAbsent(run.recordId(), id -> new AtomicInteger()).incrementAndGet();
	}
}
