/**
 * Jobs at a time (docs/adr/0023): reminders and deadlines a module schedules for one of its records, and recurring
 * district work, kept in PostgreSQL (db-scheduler), run once whatever the number of replicas, after restarts too, each
 * in the municipality of the record it concerns. Exposed to function modules as the {@code scheduling} named interface.
 */
@NamedInterface("scheduling")
@NullMarked
package it.casa.platform.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
