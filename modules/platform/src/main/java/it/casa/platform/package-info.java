/**
 * Platform: tenancy (one PostgreSQL schema and role per municipality), the database, the audit trail, web error
 * handling and the value types every function module shares. Function modules depend on it; it depends on none.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package it.casa.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
