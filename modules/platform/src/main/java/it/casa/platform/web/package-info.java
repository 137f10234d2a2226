/**
 * The web layer every module shares: the platform's own problem-details advice, the single-page application's
 * routes, and the problem-detail building blocks every function module's REST API uses
 * ({@link it.casa.platform.web.ModuleProblemHandlers}, {@link it.casa.platform.web.FieldProblems}), exposed to the
 * modules as the {@code web} named interface.
 */
@NamedInterface("web")
@NullMarked
package it.casa.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
