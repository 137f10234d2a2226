package it.casa.platform.scheduling;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * One run of a {@link ScheduledJob}: which record it concerns and when it was due.
 *
 * @param municipality the municipality of the record, in whose context the job runs; null for district records
 * @param recordId the record's id as the module gave it (ids only: never personal data)
 */
public record JobRun(String job, @Nullable TenantId municipality, String recordId, Instant dueAt) {
}
