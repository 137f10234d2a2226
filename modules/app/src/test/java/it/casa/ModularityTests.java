package it.casa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CasaApplication.class);

	static final Path DOCS = Path.of("../../docs/modules");

	@Test
	void verifiesModularStructure() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		// Into the repository's docs/, so the diagrams in review always match the code.
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".puml") || path.toString().endsWith(".adoc")).toList()) {
				inStableOrder(file);
			}
		}
	}

	/**
	 * The documenter lists relations and events in the order it happens to meet them, which changes from run to run:
	 * sorted, an unchanged architecture leaves the files unchanged and a diff shows only real changes.
	 */
	private static void inStableOrder(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> ordered = new ArrayList<>(lines.size());
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (isListItem(line) && !line.startsWith("|") && !run.isEmpty() && kind(line).equals(kind(run.get(0)))) {
				run.add(line);
				continue;
			}
			flush(run, ordered);
			if (isListItem(line)) {
				run.add(line);
			}
			else {
				ordered.add(line);
			}
		}
		flush(run, ordered);
		if (!ordered.equals(lines)) {
			Files.write(file, ordered, StandardCharsets.UTF_8);
		}
	}

	/** A relation of a diagram, or an item of a table cell's list (the first one follows the cell's "|"). */
	private static boolean isListItem(String line) {
		return line.startsWith("Rel(") || line.startsWith("* `") || line.startsWith("|* `");
	}

	private static String kind(String line) {
		return line.startsWith("Rel(") ? "Rel(" : "* `";
	}

	private static void flush(List<String> run, List<String> ordered) {
		boolean opensCell = !run.isEmpty() && run.get(0).startsWith("|");
		List<String> items = new ArrayList<>(run.stream().map(line -> line.startsWith("|") ? line.substring(1) : line).toList());
		items.sort(null);
		if (opensCell) {
			items.set(0, "|" + items.get(0));
		}
		ordered.addAll(items);
		run.clear();
	}
}
