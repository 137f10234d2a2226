package it.casa;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * What a module gives {@link EveryEndpointTenantIsolationTests}: the records it seeds in the victim municipality (or,
 * for the district's records, such as a partner organisation, for the victim organisation), and an example body for
 * each of its write endpoints, so that foreign writes are tried with bodies that pass validation. Each module keeps its
 * own in its test package ({@code it.casa.<module>} under modules/app/src/test/java); {@link EveryModuleContractTests}
 * fails when a write endpoint has no body there, or when a body names an endpoint that no longer exists.
 * Implementations need a constructor without arguments and keep no state: the suite creates them itself.
 */
public interface IsolationFixture {

	/** The module whose endpoints these are: the segment after {@code /api/}, and the package it lives in. */
	String module();

	/**
	 * Files the module's records for the victim through its API (created with {@link IsolationVictim#created}),
	 * remembers the ids that its endpoints' path variables name ({@code caseId}), and puts
	 * {@link IsolationVictim#MARKER} into every text it seeds, so that a response carrying any of it is seen.
	 */
	void seed(IsolationVictim victim) throws Exception;

	/**
	 * An example body for every write endpoint of the module that takes one, keyed {@code "METHOD /path/template"}
	 * exactly as its request mapping reads ({@code "POST /api/casework/cases/{caseId}/notes"}). The bodies never carry
	 * the marker: a caller's own record that echoes them would look like a leak.
	 */
	Map<String, WriteBody> writeBodies();

	/**
	 * Path prefixes of the module's tools that agency administrators use over the whole district (the audit trail,
	 * partners' records): nothing there is foreign to them, so the suite does not try those paths as them.
	 */
	default List<String> administratorsDistrictTools() {
		return List.of();
	}

	/** Every fixture on the test class path, by module. */
	static List<IsolationFixture> all() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(IsolationFixture.class));
		return scanner.findCandidateComponents("it.casa")
			.stream()
			.map(candidate -> (IsolationFixture) BeanUtils.instantiateClass(ClassUtils
				.resolveClassName(candidate.getBeanClassName(), IsolationFixture.class.getClassLoader())))
			.sorted(Comparator.comparing(IsolationFixture::module))
			.toList();
	}
}
