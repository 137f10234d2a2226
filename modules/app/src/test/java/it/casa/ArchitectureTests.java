package it.casa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import it.casa.platform.TenantContext;
import it.casa.platform.TenantScopedEvent;

/** The project's own conventions; module boundaries themselves are checked by {@link ModularityTests}. */
@AnalyzeClasses(packages = "it.casa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final DescribedPredicate<JavaAnnotation<?>> REQUIRES_NEW = DescribedPredicate.describe(
			"@Transactional(propagation = REQUIRES_NEW)",
			annotation -> annotation.getRawType().isEquivalentTo(Transactional.class)
					&& annotation.get("propagation")
						.filter(value -> value instanceof JavaEnumConstant constant && constant.name().equals("REQUIRES_NEW"))
						.isPresent());

	@ArchTest
	static final ArchRule only_the_platform_opens_a_tenant_scope = noClasses().that()
		.resideOutsideOfPackage("it.casa.platform..")
		.should()
		.callMethodWhere(DescribedPredicate.describe("TenantContext.runAs or callAs",
				(JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(TenantContext.class)
						&& call.getName().matches("runAs|callAs")))
		.because("the municipality of a unit of work is decided in one place (request filter, event advice, jobs)");

	@ArchTest
	static final ArchRule tenant_scoped_events_are_immutable_records = classes().that()
		.implement(TenantScopedEvent.class)
		.should()
		.beRecords()
		.because("events are facts that happened; a listener must not be able to change them")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule web_controllers_are_internal_to_their_module = classes().that()
		.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
		.should()
		.notBePublic()
		.because("a module's public types are its API for other modules; its HTTP endpoints are not");

	@ArchTest
	static final ArchRule only_the_platform_touches_connections_and_the_pool = noClasses().that()
		.resideOutsideOfPackage("it.casa.platform..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.zaxxer.hikari..", "io.zonky..")
		.orShould()
		.callMethod(java.sql.DriverManager.class, "getConnection", String.class)
		.because("every connection must come from the tenant-routing DataSource");

	/**
	 * A new transaction inside a running one borrows a second pooled connection while the first is held: enough
	 * concurrent requests doing it empty the pool, every holder waiting for another (issue 10, docs/adr/0017). District
	 * work goes through DistrictTransactions, which refuses to run inside a transaction; the audit trail's events that
	 * no transaction of the caller can carry go to its writer's own connection. Spring Modulith's
	 * {@code @ApplicationModuleListener} is REQUIRES_NEW too, but runs asynchronously, on a thread that holds nothing.
	 */
	@ArchTest
	static final ArchRule no_transaction_opens_inside_another = noClasses().should()
		// PROPAGATION_REQUIRES_NEW is an int constant, inlined where it is used: the call is what can be seen.
		.callMethodWhere(DescribedPredicate.describe("a transaction definition's setPropagationBehavior",
				(JavaMethodCall call) -> call.getTargetOwner().isAssignableTo(DefaultTransactionDefinition.class)
						&& call.getName().startsWith("setPropagationBehavior")))
		.orShould()
		.accessField(Propagation.class, "REQUIRES_NEW")
		.orShould()
		.beAnnotatedWith(REQUIRES_NEW)
		.because("a request must never wait for a second pooled connection while it holds one (docs/adr/0017)");

	@ArchTest
	static final ArchRule no_method_opens_a_transaction_inside_another = noMethods().should()
		.beAnnotatedWith(REQUIRES_NEW)
		.because("a request must never wait for a second pooled connection while it holds one (docs/adr/0017)");

	@ArchTest
	static final ArchRule no_code_writes_to_standard_streams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
		.because("output goes through the logger, where the rules that keep personal data out of logs apply");
}
