package it.casa.platform.scheduling;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.SchedulerClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulingConfiguration.SchedulingProperties.class)
class SchedulingConfiguration {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	/**
	 * @param enabled whether this instance runs jobs (it always schedules them)
	 * @param pollingInterval how often the instance looks for due jobs (jobs scheduled due now on it run at once)
	 * @param threads how many jobs it runs at the same time
	 * @param instanceName its name in the table; the host name by default
	 */
	@ConfigurationProperties("casa.scheduling")
	record SchedulingProperties(@Nullable Boolean enabled, @Nullable Duration pollingInterval, @Nullable Integer threads,
			@Nullable String instanceName) {

		JobRunner.Settings settings() {
			return new JobRunner.Settings(!Boolean.FALSE.equals(enabled), instanceName, pollingInterval != null ? pollingInterval : Duration.ofSeconds(10),
					threads != null ? threads : 2, Duration.ofSeconds(15));
		}
	}

	/**
	 * Knows the scheduled jobs only: a recurring job schedules the work of each municipality as scheduled jobs, and so
	 * depends on this bean.
	 */
	@Bean
	DatabaseJobScheduler jobScheduler(DataSource dataSource, List<ScheduledJob> jobs) {
		// Transaction-aware: scheduling inside a unit of work commits or rolls back with it.
		SchedulerClient client = SchedulerClient.Builder
			.create(new TransactionAwareDataSourceProxy(dataSource), JobRunner.tasks(jobs))
			.tableName(JobRunner.TABLE)
			.build();
		return new DatabaseJobScheduler(client, jobs);
	}

	@Bean
	JobRunner jobRunner(DataSource dataSource, List<ScheduledJob> jobs, List<RecurringJob> recurring,
			SchedulingProperties properties) {
		checkNames(jobs.stream().map(ScheduledJob::name).toList(), recurring.stream().map(RecurringJob::name).toList());
		return new JobRunner(dataSource, jobs, recurring, properties.settings());
	}

	private static void checkNames(List<String> jobs, List<String> recurring) {
		Set<String> seen = new HashSet<>();
		for (String name : concat(jobs, recurring)) {
			if (!NAME.matcher(name).matches()) {
				throw new IllegalStateException("Job name '" + name + "' must be lower-case words joined by hyphens");
			}
			if (!seen.add(name)) {
				throw new IllegalStateException("Two jobs are named '" + name + "'");
			}
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}
}
