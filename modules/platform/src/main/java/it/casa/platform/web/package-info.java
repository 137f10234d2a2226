/**
 * Web error handling: the platform's own advice, and the problem-detail building blocks every function module's
 * REST API shares ({@link it.casa.platform.web.ModuleProblemHandlers}, {@link it.casa.platform.web.FieldProblems}),
 * exposed to the modules as the {@code web} named interface.
 */
@NamedInterface("web")
@NullMarked
package it.casa.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
