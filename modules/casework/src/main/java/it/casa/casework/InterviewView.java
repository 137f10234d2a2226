package it.casa.casework;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import it.casa.platform.StaffRef;

/** A joint interview of a case, planned or held. */
public record InterviewView(InterviewId id, long version, CaseId caseId, OffsetDateTime scheduledFor, String place,
		List<String> participants, InterviewStatus status, @Nullable String outcome, StaffRef scheduledBy,
		@Nullable Instant outcomeRecordedAt, @Nullable StaffRef outcomeRecordedBy) {
}
