package it.casa.platform.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import it.casa.CasaTestUsers;
import it.casa.platform.Role;

/**
 * The rights a module declares are the only rules its services check, and {@code /api/platform/me} sends the UI
 * exactly the rights the server then grants: for every role, every {@code @PreAuthorize} rule of every function module
 * is run through the application's own method security and compared with what {@code /me} promised that role.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ModuleRightsTests {

	/** The one shape of a function module's rule: one of its own declared rights. */
	private static final Pattern RULE = Pattern.compile("hasAuthority\\('([a-z0-9]+):([a-zA-Z]+)'\\)");

	private static final Object ALLOWED = new Object();

	@Autowired
	MockMvc mvc;

	@Autowired
	List<FunctionModule> modules;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("preAuthorizeAuthorizationMethodInterceptor")
	MethodInterceptor preAuthorize;

	@Test
	void everyRuleOfAFunctionModuleNamesOneOfItsOwnDeclaredRights() {
		List<String> strays = new ArrayList<>();
		for (Guarded guarded : guardedMethods()) {
			FunctionModule module = declared(guarded.module());
			Matcher rule = RULE.matcher(guarded.rule());
			if (!rule.matches() || !rule.group(1).equals(module.name())
					|| !module.rights().containsKey(rule.group(2))) {
				strays.add(guarded + ": \"" + guarded.rule() + "\"");
			}
		}
		assertThat(strays).as("rules that are not hasAuthority('<module>:<declared right>')").isEmpty();
		assertThat(guardedMethods()).extracting(Guarded::module)
			.as("every module that declares rights checks them")
			.containsAll(modules.stream().filter(module -> !module.rights().isEmpty()).map(FunctionModule::name).toList());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void theServerGrantsExactlyTheRightsThatMeSendsToTheInterface(Role role) throws Throwable {
		Map<String, Set<String>> promised = rightsSentByMe(role);
		List<String> disagreements = new ArrayList<>();
		for (Guarded guarded : guardedMethods()) {
			String right = right(guarded);
			boolean sent = promised.getOrDefault(guarded.module(), Set.of()).contains(right);
			boolean granted = granted(role, guarded.method());
			if (sent != granted) {
				disagreements.add(guarded + " (" + right + "): /me " + (sent ? "sends" : "does not send") + " it, the server "
						+ (granted ? "grants" : "refuses") + " it");
			}
		}
		assertThat(disagreements).as("rights of %s", role).isEmpty();
		// And /me sends what the declarations say, no more.
		Map<String, Set<String>> declared = new HashMap<>();
		for (FunctionModule module : modules) {
			Set<String> rights = new HashSet<>(module.rightsOf(Set.of(role)));
			if (!rights.isEmpty()) {
				declared.put(module.name(), rights);
			}
		}
		assertThat(promised).isEqualTo(declared);
	}

	/**
	 * The user of each role as the identity provider signs them in: municipal operators bound to a municipality, a
	 * partner's people to a registered organisation of the kind their role is for (without one they are locked out).
	 */
	private Map<String, Set<String>> rightsSentByMe(Role role) throws Exception {
		String username = "diritti." + role.name().toLowerCase(Locale.ROOT);
		var user = switch (role) {
			case MUNICIPAL_OPERATOR -> CasaTestUsers.user(username, "melegnano", role);
			case AUTONOMY_TEAM_OPERATOR -> CasaTestUsers.partner(username, CasaTestUsers.COOPERATIVE, role);
			case PARTNER_AGENCY -> CasaTestUsers.partner(username, CasaTestUsers.AGENCY, role);
			case MICROCREDIT_FOUNDATION -> CasaTestUsers.partner(username, CasaTestUsers.FOUNDATION, role);
			case COHOUSING_OPERATOR -> CasaTestUsers.partner(username, CasaTestUsers.COHOUSING, role);
			case AGENCY_ADMIN, AGENCY_OPERATOR -> CasaTestUsers.user(username, null, role);
		};
		String me = mvc.perform(get("/api/platform/me").with(user)).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> views = JsonPath.read(me, "$.modules");
		Map<String, Set<String>> rights = new HashMap<>();
		for (Map<String, Object> view : views) {
			@SuppressWarnings("unchecked")
			List<String> names = (List<String>) view.get("rights");
			rights.put((String) view.get("name"), new HashSet<>(names));
		}
		return rights;
	}

	/** Runs the method's rule through the application's method security, as a call by a user of {@code role} would. */
	private boolean granted(Role role, Method method) throws Throwable {
		Object bean = context.getBeanProvider(method.getDeclaringClass()).getIfUnique();
		Object target = bean != null ? bean : new Object();
		var invocation = new SimpleMethodInvocation(target, method, new Object[method.getParameterCount()]) {
			@Override
			public Object proceed() {
				return ALLOWED;
			}
		};
		var authentication = new TestingAuthenticationToken("diritti", null, role.authority());
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			return preAuthorize.invoke(invocation) == ALLOWED;
		}
		catch (AccessDeniedException denied) {
			return false;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private FunctionModule declared(String name) {
		return modules.stream()
			.filter(module -> module.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("it.casa." + name + " has rules but declares no module"));
	}

	private static String right(Guarded guarded) {
		Matcher rule = RULE.matcher(guarded.rule());
		assertThat(rule.matches()).as("%s has the shape hasAuthority('<module>:<right>')", guarded).isTrue();
		return rule.group(2);
	}

	/** Every method of a function module's main code (not the platform's) that carries a {@code @PreAuthorize} rule. */
	private static List<Guarded> guardedMethods() {
		List<Guarded> guarded = new ArrayList<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
			.importPackages("it.casa")) {
			String[] segments = type.getPackageName().split("\\.");
			if (segments.length < 3 || segments[2].equals("platform")) {
				continue;
			}
			for (Method method : type.reflect().getDeclaredMethods()) {
				PreAuthorize rule = method.getAnnotation(PreAuthorize.class);
				if (rule != null) {
					guarded.add(new Guarded(segments[2], method, rule.value()));
				}
			}
		}
		return guarded;
	}

	private record Guarded(String module, Method method, String rule) {

		@Override
		public String toString() {
			return method.getDeclaringClass().getSimpleName() + "." + method.getName();
		}
	}
}
