package it.casa.platform.rules;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import it.casa.platform.AuditTrail;
import it.casa.platform.CurrentUsers;
import it.casa.platform.TenantDirectory;
import it.casa.platform.tenancy.DistrictTransactions;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesConfiguration.RulesProperties.class)
class RulesConfiguration {

	/**
	 * @param directory the folder of shipped rule versions; {@code rules} in the working directory by default
	 * @param refresh how often each instance looks for versions another instance adopted
	 */
	@ConfigurationProperties("casa.rules")
	record RulesProperties(@Nullable Path directory, @Nullable Duration refresh) {

		Path directoryOrDefault() {
			return directory != null ? directory : Path.of("rules");
		}

		Duration refreshOrDefault() {
			return refresh != null ? refresh : Duration.ofSeconds(10);
		}
	}

	@Bean
	RuleStore ruleStore(JdbcTemplate jdbc, DistrictTransactions district) {
		return new RuleStore(jdbc, district);
	}

	/** Loads the shipped files before anything can evaluate: a malformed file stops start-up. */
	@Bean
	DatabaseRuleBook ruleBook(RuleStore store, TenantDirectory tenants, RulesProperties properties) {
		new ShippedRules(store, tenants).load(properties.directoryOrDefault());
		DatabaseRuleBook book = new DatabaseRuleBook(store);
		book.reload();
		return book;
	}

	@Bean
	RuleBookRefresh ruleBookRefresh(DatabaseRuleBook book, RulesProperties properties) {
		return new RuleBookRefresh(book, properties.refreshOrDefault());
	}

	@Bean
	RuleAdministration ruleAdministration(RuleStore store, DatabaseRuleBook book, CurrentUsers users, AuditTrail audit,
			TenantDirectory tenants) {
		return new RuleAdministration(store, book, users, audit, tenants);
	}
}
