package it.casa.platform.rules;

import java.nio.file.Path;

/** A file in {@code rules/} cannot be used; start-up stops with a message naming the file and the field. */
class InvalidRuleFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	InvalidRuleFileException(Path file, String field, String problem) {
		super("Rule file " + file + ", field '" + field + "': " + problem);
	}

	InvalidRuleFileException(Path file, String problem, Throwable cause) {
		super("Rule file " + file + ": " + problem, cause);
	}
}
