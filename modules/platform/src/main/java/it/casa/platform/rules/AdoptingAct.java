package it.casa.platform.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The act that adopted a rule version, as it is cited: "DGR XI/6970 del 19/09/2022, Giunta regionale",
 * "delibera n. 12/2026 dell'Assemblea dei Sindaci".
 */
public record AdoptingAct(Kind kind, String number, LocalDate date, String body) {

	public AdoptingAct {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(body, "body");
	}

	public enum Kind {
		/** Legge regionale. */
		REGIONAL_LAW,
		/** Regolamento regionale. */
		REGIONAL_REGULATION,
		/** Deliberazione della Giunta regionale (DGR). */
		REGIONAL_RESOLUTION,
		/** Delibera dell'Assemblea dei Sindaci dell'Ambito. */
		MAYORS_ASSEMBLY_RESOLUTION,
		/** Delibera di Giunta o di Consiglio comunale. */
		MUNICIPAL_RESOLUTION,
		/** Determinazione dirigenziale. */
		MANAGER_DECISION,
		/** A procedure of the agency itself (its method of triage, its own policies). */
		AGENCY_PROCEDURE
	}
}
