package it.casa.platform.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import it.casa.platform.DemoData;
import it.casa.platform.TenantContext;

/**
 * With the {@code demo} profile, loads every module's invented data at start-up, in the modules' declared order (a
 * module whose data refers to another's comes after it), each once per database ({@code district.demo_data_load}).
 * Refuses to start with {@code prod}: the demo data is invented and must never mix with real households.
 */
@Component
@Profile("demo")
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final List<DemoData> modules;

	private final JdbcTemplate jdbc;

	DemoDataRunner(Environment environment, List<DemoData> modules, JdbcTemplate jdbc) {
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException("The demo data is invented and must never be loaded in production: "
					+ "remove the demo profile");
		}
		this.modules = List.copyOf(modules);
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		for (DemoData module : modules) {
			boolean loaded = Boolean.TRUE.equals(TenantContext.callAs(null, () -> jdbc.queryForObject(
					"SELECT EXISTS (SELECT 1 FROM district.demo_data_load WHERE module = ?)", Boolean.class,
					module.module())));
			if (loaded) {
				log.info("Demo data of {}: loaded at an earlier start, nothing filed", module.module());
				continue;
			}
			log.info("Demo data of {}: filing", module.module());
			module.load();
			TenantContext.runAs(null, () -> jdbc.update("INSERT INTO district.demo_data_load (module) VALUES (?)",
					module.module()));
		}
	}
}
