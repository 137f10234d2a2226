package it.casa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import it.casa.monitoring.FigureSource;
import it.casa.platform.DemoData;
import it.casa.platform.module.FunctionModule;

/**
 * What every declared function module must bring (../shared/MODULES.md, docs/adding-a-module.md), checked for all of
 * them at once, so that a half-wired module fails the build with a message that says what is missing. A module is
 * declared by its {@link FunctionModule} bean; everything else is found where the module keeps it. Its register of
 * personal data is checked, table by table, by {@link PersonalDataRegisterTests}; the example bodies of its writes, which
 * the isolation suite sends, are in its {@link IsolationFixture}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryModuleContractTests {

	/** The repository's root: the build runs the tests in modules/app and names the tenants folder. */
	static final Path REPOSITORY = Path.of(System.getProperty("casa.tenants.directory")).toAbsolutePath().getParent();

	static final Path UI_MODULES = REPOSITORY.resolve("web-ui/src/modules");

	static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
			RequestMethod.DELETE);

	@Autowired
	List<FunctionModule> modules;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	List<FigureSource> figureSources;

	@Autowired
	List<DemoData> demoData;

	@Test
	void everyModuleIsAnApplicationModuleOfItsName() {
		assertThat(modules).extracting(FunctionModule::name)
			.allSatisfy(name -> assertThat(ModularityTests.modules.getModuleByName(name))
				.as("module '%s' is declared, but there is no package it.casa.%s (modules/%s/) to hold it", name, name,
						name)
				.isPresent());
	}

	@Test
	void everyModuleBringsItsTenantChangelog() throws IOException {
		List<String> problems = new ArrayList<>();
		for (FunctionModule module : modules) {
			boolean changelog = hasResource("db/changelog/tenant/" + module.name() + ".sql");
			if (module.keepsMunicipalData() && !changelog) {
				problems.add(module.name() + ": no db/changelog/tenant/" + module.name() + ".sql in its resources; add it, "
						+ "or declare withoutMunicipalData() and say in an ADR why it keeps nothing in a municipality");
			}
			if (!module.keepsMunicipalData() && changelog) {
				problems.add(module.name() + ": declares withoutMunicipalData() but brings db/changelog/tenant/"
						+ module.name() + ".sql");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyModuleServesItsApiUnderItsOwnName() {
		List<String> problems = new ArrayList<>();
		Set<String> declared = names();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			String owner = moduleOf(mapping.getValue().getBeanType());
			for (String path : mapping.getKey().getPatternValues()) {
				String segment = apiSegment(path);
				String handler = mapping.getValue().getBeanType().getSimpleName() + "." + mapping.getValue().getMethod().getName();
				if (declared.contains(owner) && !owner.equals(segment)) {
					problems.add(owner + ": " + handler + " serves " + path + ", outside /api/" + owner + "/");
				}
				else if (segment != null && !segment.equals("platform") && !declared.contains(segment)) {
					problems.add(handler + " serves " + path + ", but no module '" + segment + "' is declared "
							+ "(a FunctionModule bean in it.casa." + segment + ")");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyModuleHasRightsForSomeRole() {
		assertThat(modules).allSatisfy(module -> assertThat(module.rights())
			.as("module '%s' declares no right: no user could ever open it", module.name())
			.isNotEmpty());
	}

	@Test
	void everyModuleWithScreensRegistersThemAndNamesItselfInBothLanguagesAsItsDeclarationDoes() throws IOException {
		List<String> problems = new ArrayList<>();
		for (FunctionModule module : modules) {
			Path folder = UI_MODULES.resolve(module.name());
			if (!module.hasScreens()) {
				if (Files.exists(folder)) {
					problems.add(module.name() + ": declares withoutScreens() but has web-ui/src/modules/" + module.name());
				}
				continue;
			}
			Path index = folder.resolve("index.tsx");
			if (!Files.exists(index) || !Files.readString(index).contains("name: '" + module.name() + "'")) {
				problems.add(module.name() + ": no web-ui/src/modules/" + module.name() + "/index.tsx describing it with "
						+ "defineModule({ name: '" + module.name() + "', ... }); or declare withoutScreens()");
				continue;
			}
			for (Map.Entry<String, String> language : Map.of("it", module.italianName(), "en", module.englishName())
				.entrySet()) {
				Path texts = folder.resolve("locales/" + language.getKey() + ".json");
				String shown = Files.exists(texts) ? text(texts, "module", "name") : null;
				if (!language.getValue().equals(shown)) {
					problems.add(module.name() + ": web-ui/src/modules/" + module.name() + "/locales/" + language.getKey()
							+ ".json names it " + (shown == null ? "nothing (module.name)" : "'" + shown + "'")
							+ ", its declaration '" + language.getValue() + "'");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyModuleAddsItsFiguresToMonitoringOrSaysItHasNone() {
		assertThat(problems("figures", "a FigureSource (docs/adr/0016)", "withoutFigures()", FunctionModule::hasFigures,
				figureSources.stream().map(source -> new Contribution(source.module(), source.getClass())).toList()))
			.isEmpty();
	}

	@Test
	void everyModuleFilesItsDemoDataOrSaysItHasNone() {
		assertThat(problems("demo data", "a DemoData (docs/adr/0016)", "withoutDemoData()", FunctionModule::hasDemoData,
				demoData.stream().map(data -> new Contribution(data.module(), data.getClass())).toList()))
			.isEmpty();
	}

	/** A bean a module contributes to an extension point: the module it names, and the class it is. */
	record Contribution(String module, Class<?> type) {
	}

	/**
	 * What is wrong between the modules' declarations and the beans contributed to one extension point: a module
	 * without a contribution that does not declare it lacks one, a contribution from a module that declares it lacks
	 * it, a contribution naming another module than the package it lives in, or an undeclared module.
	 */
	private List<String> problems(String what, String bean, String lacking,
			Predicate<FunctionModule> expects, List<Contribution> contributions) {
		List<String> problems = new ArrayList<>();
		Set<String> declared = names();
		for (Contribution contribution : contributions) {
			String owner = moduleOf(ClassUtils.getUserClass(contribution.type()));
			if (!owner.equals(contribution.module())) {
				problems.add(contribution.type().getName() + " contributes " + what + " for '" + contribution.module()
						+ "' from the package of '" + owner + "'");
			}
			if (!declared.contains(contribution.module())) {
				problems.add(contribution.type().getName() + " contributes " + what + " for '" + contribution.module()
						+ "', which no FunctionModule declares");
			}
		}
		for (FunctionModule module : modules) {
			boolean contributes = contributions.stream().anyMatch(c -> c.module().equals(module.name()));
			if (expects.test(module) && !contributes) {
				problems.add(module.name() + ": no " + what + "; add " + bean + " in it.casa." + module.name()
						+ ", or declare " + lacking + " with a comment that says why");
			}
			if (!expects.test(module) && contributes) {
				problems.add(module.name() + ": declares " + lacking + " but contributes " + what);
			}
		}
		return problems;
	}

	@Test
	void everyWriteEndpointHasAnExampleBodyInItsModulesIsolationFixture() {
		assertThat(writeBodyProblems(IsolationFixture.all())).isEmpty();
	}

	/**
	 * What is wrong between the write endpoints that take a body (of a declared module, or the platform's) and the
	 * example bodies the modules' {@link IsolationFixture}s give {@link EveryEndpointTenantIsolationTests}: an endpoint
	 * without a body, a body for no endpoint, a fixture for an undeclared module or outside its module's package.
	 */
	List<String> writeBodyProblems(List<IsolationFixture> fixtures) {
		List<String> problems = new ArrayList<>();
		Set<String> covered = names();
		covered.add("platform");
		Map<String, IsolationFixture> byModule = new TreeMap<>();
		for (IsolationFixture fixture : fixtures) {
			String owner = moduleOf(fixture.getClass());
			if (!owner.equals(fixture.module())) {
				problems.add(fixture.getClass().getName() + " gives bodies for '" + fixture.module()
						+ "' from the package of '" + owner + "'");
			}
			if (!covered.contains(fixture.module())) {
				problems.add(fixture.getClass().getName() + " gives bodies for '" + fixture.module()
						+ "', which no FunctionModule declares");
			}
			if (byModule.putIfAbsent(fixture.module(), fixture) != null) {
				problems.add(fixture.module() + ": two IsolationFixtures, " + byModule.get(fixture.module()).getClass().getName()
						+ " and " + fixture.getClass().getName() + "; keep one");
			}
		}
		Map<String, Set<String>> mapped = new TreeMap<>();
		Map<String, Set<String>> unfixed = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = mapping.getValue();
			boolean takesABody = Stream.of(handler.getMethodParameters())
				.anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
			for (String path : mapping.getKey().getPatternValues()) {
				String module = apiSegment(path);
				if (module == null || !covered.contains(module)) {
					continue;
				}
				for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
					String key = method.name() + " " + path;
					mapped.computeIfAbsent(module, m -> new TreeSet<>()).add(key);
					IsolationFixture fixture = byModule.get(module);
					if (!WRITES.contains(method) || !takesABody) {
						continue;
					}
					if (fixture == null) {
						unfixed.computeIfAbsent(module, m -> new TreeSet<>()).add(key);
					}
					else if (!fixture.writeBodies().containsKey(key)) {
						problems.add(module + ": " + key + " (" + handler.getBeanType().getSimpleName() + "."
								+ handler.getMethod().getName() + ") has no example body; add \"" + key + "\" to writeBodies() of "
								+ fixture.getClass().getName() + ", so EveryEndpointTenantIsolationTests tries foreign writes "
								+ "with a body that passes validation");
					}
				}
			}
		}
		unfixed.forEach((module, keys) -> problems.add(module + ": no IsolationFixture, and its writes take bodies " + keys
				+ "; add a class implementing it.casa.IsolationFixture in modules/app/src/test/java/it/casa/" + module
				+ "/ that seeds the victim's records and gives an example body for each of them"));
		for (IsolationFixture fixture : byModule.values()) {
			for (String key : fixture.writeBodies().keySet()) {
				if (!mapped.getOrDefault(fixture.module(), Set.of()).contains(key)) {
					problems.add(fixture.module() + ": " + fixture.getClass().getName() + ".writeBodies() names \"" + key
							+ "\", which no endpoint maps (renamed or removed?); remove it, or write it \"METHOD /path\" "
							+ "exactly as the request mapping reads");
				}
			}
		}
		return problems;
	}

	@Test
	void everyFolderOfTheUiIsADeclaredModule() throws IOException {
		Set<String> folders = new TreeSet<>();
		try (Stream<Path> listing = Files.list(UI_MODULES)) {
			listing.filter(Files::isDirectory).forEach(folder -> folders.add(folder.getFileName().toString()));
		}
		assertThat(folders).as("web-ui/src/modules/<name> folders without a FunctionModule declaration on the server")
			.isSubsetOf(names());
	}

	private Set<String> names() {
		Set<String> names = new TreeSet<>();
		modules.forEach(module -> names.add(module.name()));
		return names;
	}

	/** {@code casework} for {@code it.casa.casework.web.CaseController}; the segment after {@code it.casa}. */
	private static String moduleOf(Class<?> type) {
		String[] segments = type.getPackageName().split("\\.");
		return segments.length > 2 && segments[0].equals("it") && segments[1].equals("casa") ? segments[2] : "";
	}

	/** {@code casework} for {@code /api/casework/cases}; null for a path outside {@code /api/}. */
	private static String apiSegment(String path) {
		if (!path.startsWith("/api/")) {
			return null;
		}
		int end = path.indexOf('/', 5);
		return end < 0 ? path.substring(5) : path.substring(5, end);
	}

	private static boolean hasResource(String path) throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath*:" + path).length > 0;
	}

	private static String text(Path json, String... keys) throws IOException {
		JsonNode node = JsonMapper.builder().build().readTree(Files.readString(json));
		for (String key : keys) {
			node = node.path(key);
		}
		return node.isString() ? node.asString() : null;
	}
}
