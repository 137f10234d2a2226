package it.casa.platform.tenancy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import it.casa.platform.Tenant;
import it.casa.platform.TenantId;

/**
 * Reads {@code tenants/*.yaml}: one file per municipality plus one for the district. Every problem names the
 * file and the field, so that whoever edited the file can fix it without reading code.
 * <p>
 * A file names only its exceptions to the modules' defaults (docs/adr/0013), and usually none:
 * <pre>
 * modules:
 *   enabled: [rentfund]     # used here although off by default
 *   disabled: [emergency]   # not used here although on by default
 * </pre>
 */
final class TenantFiles {

	private static final Set<String> KNOWN_FIELDS = Set.of("id", "name", "kind", "schema", "modules", "enabled");

	private static final Set<String> MODULE_FIELDS = Set.of("enabled", "disabled");

	private TenantFiles() {
	}

	static List<TenantDefinition> read(Path directory, Set<String> knownModules) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalStateException("The tenants directory " + directory.toAbsolutePath()
					+ " does not exist; set casa.tenants.directory to the folder holding the tenant files");
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list " + directory, ex);
		}
		List<TenantDefinition> definitions = new ArrayList<>();
		Map<TenantId, Path> fileById = new HashMap<>();
		Map<String, Path> fileBySchema = new HashMap<>();
		for (Path file : files) {
			TenantDefinition definition = readOne(file, knownModules);
			Path sameId = fileById.putIfAbsent(definition.id(), file);
			if (sameId != null) {
				throw new InvalidTenantFileException(file, "id", "'" + definition.id() + "' is also used by " + sameId);
			}
			Path sameSchema = fileBySchema.putIfAbsent(definition.schema(), file);
			if (sameSchema != null) {
				throw new InvalidTenantFileException(file, "schema", "'" + definition.schema() + "' is also used by " + sameSchema);
			}
			definitions.add(definition);
		}
		long districts = definitions.stream().filter(d -> d.kind() == Tenant.Kind.DISTRICT).count();
		if (districts != 1) {
			throw new IllegalStateException("The tenants directory " + directory.toAbsolutePath()
					+ " must hold exactly one file of kind 'district', found " + districts);
		}
		return definitions;
	}

	static TenantDefinition readOne(Path file, Set<String> knownModules) {
		Map<?, ?> fields = parse(file);
		for (Object key : fields.keySet()) {
			if (!KNOWN_FIELDS.contains(String.valueOf(key))) {
				throw new InvalidTenantFileException(file, String.valueOf(key), "unknown field; known fields are " + KNOWN_FIELDS);
			}
		}
		String id = requiredText(file, fields, "id");
		if (!TenantId.isWellFormed(id)) {
			throw new InvalidTenantFileException(file, "id", "'" + id + "' must be lower-case words joined by hyphens");
		}
		String expectedFileName = id + ".yaml";
		if (!file.getFileName().toString().equals(expectedFileName)) {
			throw new InvalidTenantFileException(file, "id", "'" + id + "' must match the file name (" + expectedFileName + ")");
		}
		String name = requiredText(file, fields, "name");
		Tenant.Kind kind = parseKind(file, requiredText(file, fields, "kind"));
		String schema = requiredText(file, fields, "schema");
		if (!TenantDefinition.SCHEMA_NAME.matcher(schema).matches()) {
			throw new InvalidTenantFileException(file, "schema", "'" + schema + "' must be lower case letters, digits and '_', starting with a letter");
		}
		if (kind == Tenant.Kind.MUNICIPALITY && TenantDefinition.isReservedSchema(schema)) {
			throw new InvalidTenantFileException(file, "schema", "'" + schema + "' is reserved");
		}
		if (kind == Tenant.Kind.DISTRICT && !schema.equals(DatabaseRoles.DISTRICT_SCHEMA)) {
			throw new InvalidTenantFileException(file, "schema", "the district's schema must be '" + DatabaseRoles.DISTRICT_SCHEMA + "'");
		}
		ModuleChoices modules = modules(file, fields.get("modules"), knownModules);
		boolean enabled = enabled(file, fields.get("enabled"));
		return new TenantDefinition(TenantId.of(id), name, kind, schema, modules, enabled);
	}

	private static Map<?, ?> parse(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			if (!(document instanceof Map<?, ?> map)) {
				throw new InvalidTenantFileException(file, "(document)", "must be a YAML mapping of fields");
			}
			return map;
		}
		catch (YAMLException ex) {
			throw new InvalidTenantFileException(file, "is not valid YAML", ex);
		}
		catch (IOException ex) {
			throw new InvalidTenantFileException(file, "cannot be read", ex);
		}
	}

	private static String requiredText(Path file, Map<?, ?> fields, String field) {
		Object value = fields.get(field);
		if (value == null) {
			throw new InvalidTenantFileException(file, field, "is missing");
		}
		if (!(value instanceof String text) || text.isBlank()) {
			throw new InvalidTenantFileException(file, field, "must be a non-empty text");
		}
		return text.trim();
	}

	private static Tenant.Kind parseKind(Path file, String kind) {
		try {
			return Tenant.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidTenantFileException(file, "kind", "'" + kind + "' must be 'municipality' or 'district'");
		}
	}

	private static ModuleChoices modules(Path file, Object value, Set<String> knownModules) {
		if (value == null) {
			return ModuleChoices.DEFAULTS;
		}
		if (!(value instanceof Map<?, ?> choices)) {
			throw new InvalidTenantFileException(file, "modules", "names only the exceptions to the modules' defaults, "
					+ "e.g. {disabled: [emergency]} or {enabled: [rentfund]}; leave it out to use the defaults");
		}
		for (Object key : choices.keySet()) {
			if (!MODULE_FIELDS.contains(String.valueOf(key))) {
				throw new InvalidTenantFileException(file, "modules." + key, "unknown field; known fields are " + MODULE_FIELDS);
			}
		}
		Set<String> on = moduleList(file, "modules.enabled", choices.get("enabled"), knownModules);
		Set<String> off = moduleList(file, "modules.disabled", choices.get("disabled"), knownModules);
		for (String module : on) {
			if (off.contains(module)) {
				throw new InvalidTenantFileException(file, "modules", "'" + module + "' is both enabled and disabled");
			}
		}
		return new ModuleChoices(on, off);
	}

	private static Set<String> moduleList(Path file, String field, Object value, Set<String> knownModules) {
		if (value == null) {
			return Set.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new InvalidTenantFileException(file, field, "must be a list, e.g. [casework, emergency]");
		}
		Set<String> modules = new LinkedHashSet<>();
		for (Object item : list) {
			String module = String.valueOf(item);
			if (!knownModules.contains(module)) {
				throw new InvalidTenantFileException(file, field, "'" + module + "' is not a module of this application; known: " + knownModules);
			}
			modules.add(module);
		}
		return modules;
	}

	private static boolean enabled(Path file, Object value) {
		if (value == null) {
			return true;
		}
		if (!(value instanceof Boolean enabled)) {
			throw new InvalidTenantFileException(file, "enabled", "must be true or false");
		}
		return enabled;
	}
}
