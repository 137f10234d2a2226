package it.casa.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Kubernetes deployment's tenants ({@code deploy/kubernetes/tenants-configmap.yaml}) are exactly the files of
 * {@code tenants/}. When they differ, this test writes the ConfigMap afresh and fails: review the change and commit it.
 */
class TenantConfigMapTests {

	static final Path TENANTS = Path.of(System.getProperty("casa.tenants.directory"));

	static final Path CONFIG_MAP = TENANTS.resolveSibling("deploy/kubernetes/tenants-configmap.yaml");

	@Test
	void theKubernetesConfigMapHoldsExactlyTheTenantFiles() throws IOException {
		String expected = configMap();
		String committed = Files.exists(CONFIG_MAP) ? Files.readString(CONFIG_MAP, StandardCharsets.UTF_8) : "";
		if (!committed.equals(expected)) {
			Files.writeString(CONFIG_MAP, expected, StandardCharsets.UTF_8);
		}
		assertThat(committed)
			.as("%s was out of step with %s and has been rewritten: review and commit it", CONFIG_MAP, TENANTS)
			.isEqualTo(expected);
	}

	static String configMap() throws IOException {
		StringBuilder map = new StringBuilder("""
				# The municipalities (and the district) as in tenants/, one key per file. Generated: do not edit. The build's
				# TenantConfigMapTests rewrites this file whenever tenants/ changes (and fails once, to have it committed).
				# (CASA keeps changes made at run time by the agency administrators: docs/adr/0002.)
				apiVersion: v1
				kind: ConfigMap
				metadata:
				  name: casa-tenants
				data:
				""");
		List<Path> files;
		try (Stream<Path> listing = Files.list(TENANTS)) {
			files = listing.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
		}
		for (Path file : files) {
			map.append("  ").append(file.getFileName()).append(": |\n");
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				map.append(line.isEmpty() ? "" : "    " + line).append('\n');
			}
		}
		return map.toString();
	}
}
