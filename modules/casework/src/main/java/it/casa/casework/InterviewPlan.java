package it.casa.casework;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** When and where a joint interview takes place and who takes part (names or roles, as the operators write them). */
public record InterviewPlan(OffsetDateTime scheduledFor, String place, List<String> participants) {

	public InterviewPlan {
		Objects.requireNonNull(scheduledFor, "scheduledFor");
		place = Objects.requireNonNull(place, "place").strip();
		participants = Objects.requireNonNull(participants, "participants").stream().map(String::strip).toList();
	}
}
