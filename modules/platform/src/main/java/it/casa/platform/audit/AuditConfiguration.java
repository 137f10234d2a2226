package it.casa.platform.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import it.casa.platform.AuditTrail;
import it.casa.platform.CurrentUsers;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditEventStore auditEventStore(JdbcTemplate jdbc) {
		return new AuditEventStore(jdbc);
	}

	/** Identity may not be configured (tests, or before the security module): then every actor is the system. */
	@Bean
	AuditTrail auditTrail(ObjectProvider<CurrentUsers> users, AuditEventStore store,
			PlatformTransactionManager transactions) {
		return new DatabaseAuditTrail(new AuditEventFactory(users), store, transactions);
	}

	@Bean
	AuditAdministration auditAdministration(AuditTrail trail, AuditEventStore store,
			PlatformTransactionManager transactions) {
		return new AuditAdministration(trail, store, transactions);
	}
}
