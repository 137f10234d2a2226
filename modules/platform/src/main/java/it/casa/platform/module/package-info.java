/**
 * The module kit: what every function module is built on, so that none re-creates it. A module declares itself once
 * ({@link it.casa.platform.module.FunctionModule}: its name, its names in Italian and English, whether municipalities
 * use it by default, and its rights with the roles that hold them); the platform derives from that declaration which
 * tenants see it, the authorities its {@code @PreAuthorize} rules check and the rights {@code /api/platform/me} sends
 * to the UI ({@link it.casa.platform.module.ModuleRights}). Its services take the work context of a request from
 * {@link it.casa.platform.module.WorkContexts} and the time from the one {@link it.casa.platform.module.DistrictClock}.
 * <p>
 * The value types and exceptions the modules share ({@code StaffRef}, {@code Sex}, {@code Relationship},
 * {@code InvalidDataException}, {@code StaleVersionException}, {@code RecordNotFoundException}) are in the platform's
 * root package, beside {@code TenantId}; {@code ModuleProblemHandlers} (the {@code web} interface) answers them.
 * Exposed to the modules as the {@code module} named interface ({@code platform :: module}).
 */
@NamedInterface("module")
@NullMarked
package it.casa.platform.module;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
