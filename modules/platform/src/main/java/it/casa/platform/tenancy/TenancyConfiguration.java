package it.casa.platform.tenancy;

import java.sql.SQLException;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;
import org.springframework.core.task.TaskDecorator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.HandlerExceptionResolver;

import it.casa.platform.module.FunctionModule;
import it.casa.platform.database.ConnectionPoolFactory;
import it.casa.platform.database.ConnectionSettings;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
class TenancyConfiguration {

	/** Runs after Spring Security's filter chain (order -100), so that the user is known. */
	static final int TENANT_FILTER_ORDER = 0;

	@Bean
	TenantStore tenantStore(ConnectionSettings settings, List<FunctionModule> modules) {
		return new TenantStore(settings, ModuleCatalogue.of(modules));
	}

	@Bean
	TenantRegistry tenantRegistry(TenantStore store) {
		return new TenantRegistry(store);
	}

	@Bean
	TenantProvisioning tenantProvisioning(ConnectionSettings settings, TenantStore store, TenantRegistry registry,
			List<FunctionModule> modules, TenancyProperties properties) throws SQLException {
		TenantProvisioning provisioning = new TenantProvisioning(new SchemaMigrator(settings), store, registry,
				ModuleCatalogue.of(modules));
		provisioning.startUp(properties.directoryOrDefault());
		return provisioning;
	}

	/** Depends on the provisioning so that no connection is handed out before the schemas and roles exist. */
	@Bean(destroyMethod = "close")
	@Primary
	TenantRoutingDataSource dataSource(ConnectionPoolFactory pools, TenantRegistry registry,
			TenantProvisioning provisioning) {
		return new TenantRoutingDataSource(pools.create(), registry);
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static TenantScopedEventListeners tenantScopedEventListeners() {
		return new TenantScopedEventListeners();
	}

	@Bean
	TaskDecorator tenantPropagatingTaskDecorator() {
		return new TenantPropagatingTaskDecorator();
	}

	@Bean
	FilterRegistrationBean<TenantRequestFilter> tenantRequestFilter(RequestTenantResolver resolver,
			TenantRegistry registry, TenantProvisioning provisioning,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
		var registration = new FilterRegistrationBean<>(
				new TenantRequestFilter(resolver, registry, provisioning, exceptionResolver));
		registration.setOrder(TENANT_FILTER_ORDER);
		return registration;
	}

	@Bean
	DistrictTransactions districtTransactions(PlatformTransactionManager transactions) {
		return new DistrictTransactions(transactions);
	}

	/** One connection is enough: its single user, the audit writer, commits a whole batch of events at a time. */
	@Bean(destroyMethod = "close")
	DistrictConnections districtConnections(ConnectionPoolFactory pools, TenantRegistry registry,
			TenantProvisioning provisioning) {
		return new DistrictConnections(new TenantRoutingDataSource(pools.createDedicated("casa-audit", 1), registry));
	}

	@Bean("tenants")
	HealthIndicator tenantMigrationHealthIndicator(TenantProvisioning provisioning, TenantRegistry registry) {
		return new TenantMigrationHealthIndicator(provisioning, registry);
	}
}
