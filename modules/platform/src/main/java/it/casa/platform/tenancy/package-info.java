/**
 * Schema and role per municipality (docs/adr/0001): the registry of municipalities, their provisioning, and the data source that works as the current municipality's role.
 */
@NullMarked
package it.casa.platform.tenancy;

import org.jspecify.annotations.NullMarked;
