package it.casa.platform.module;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.util.function.SingletonSupplier;

import it.casa.platform.CurrentUsers;

@Configuration(proxyBeanMethods = false)
class ModuleKitConfiguration {

	/** The application's {@link Clock} if it declares one (tests do, to move time), else the system clock. */
	@Bean
	DistrictClock districtClock(ObjectProvider<Clock> clock) {
		return new DistrictClock(clock.getIfUnique(() -> Clock.system(DistrictClock.ZONE)));
	}

	@Bean
	DistrictDayValidation districtDayValidation(DistrictClock clock) {
		return new DistrictDayValidation(clock);
	}

	@Bean
	WorkContexts workContexts(CurrentUsers users, DistrictClock clock) {
		return new WorkContexts(users, clock);
	}

	@Bean
	ModuleRights moduleRights(List<FunctionModule> modules) {
		return new ModuleRights(modules);
	}

	/**
	 * Spring Security reads this hierarchy wherever it checks authorities (method security, the filter chains): a role
	 * reaches the rights the modules declare for it, so that {@code hasAuthority('casework:write')} holds for a role
	 * exactly when the declaration says so.
	 */
	@Bean
	static RoleHierarchy moduleRightsHierarchy(ObjectProvider<ModuleRights> rights) {
		Supplier<ModuleRights> declared = SingletonSupplier.of(rights::getObject);
		return granted -> declared.get().reachable(granted);
	}
}
