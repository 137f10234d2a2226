package it.casa.platform.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import it.casa.platform.AuditTrail;
import it.casa.platform.CurrentUsers;
import it.casa.platform.tenancy.DistrictConnections;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

	@Bean
	AuditEventStore auditEventStore(JdbcTemplate jdbc) {
		return new AuditEventStore(jdbc);
	}

	/** Identity may not be configured (tests, or before the security module): then every actor is the system. */
	@Bean(destroyMethod = "close")
	AuditWriter auditWriter(DistrictConnections connections, AuditProperties properties) {
		return new AuditWriter(connections, properties.maxWaitOrDefault(), properties.queueCapacityOrDefault());
	}

	@Bean
	AuditTrail auditTrail(ObjectProvider<CurrentUsers> users, AuditEventStore store, AuditWriter writer) {
		return new DatabaseAuditTrail(new AuditEventFactory(users), store, writer);
	}

	@Bean
	AuditAdministration auditAdministration(AuditTrail trail, AuditEventStore store,
			PlatformTransactionManager transactions) {
		return new AuditAdministration(trail, store, transactions);
	}
}
