package it.casa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import it.casa.platform.module.FunctionModule;

/**
 * What every declared function module must bring (../shared/MODULES.md, docs/adding-a-module.md), checked for all of
 * them at once, so that a half-wired module fails the build with a message that says what is missing. A module is
 * declared by its {@link FunctionModule} bean; everything else is found where the module keeps it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryModuleContractTests {

	/** The repository's root: the build runs the tests in modules/app and names the tenants folder. */
	static final Path REPOSITORY = Path.of(System.getProperty("casa.tenants.directory")).toAbsolutePath().getParent();

	static final Path UI_MODULES = REPOSITORY.resolve("web-ui/src/modules");

	@Autowired
	List<FunctionModule> modules;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

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
