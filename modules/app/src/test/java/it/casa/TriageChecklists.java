package it.casa;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checklists for triage requests in tests: every question answered (a triage needs them all), nothing observed unless
 * the test says so.
 */
public final class TriageChecklists {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TriageChecklists() {
	}

	/** Every question answered "no" (no arrears, adequate network, stable work), then {@code findings} over them. */
	public static String answered(String findings) {
		Map<String, Object> checklist = new LinkedHashMap<>();
		checklist.put("arrears", java.util.List.of());
		checklist.put("evictionInProgress", false);
		checklist.put("socialNetwork", "ADEQUATE");
		checklist.put("work", "STABLE");
		checklist.put("noSavings", false);
		checklist.put("violence", false);
		checklist.put("pendingCriminalProceedings", false);
		checklist.put("fragileMembers", false);
		checklist.put("unsafeDwelling", false);
		checklist.put("noPlaceToLive", false);
		checklist.putAll(JSON.readValue(findings, MAP));
		return JSON.writeValueAsString(checklist);
	}

	public static String answered() {
		return answered("{}");
	}

	private static final tools.jackson.core.type.TypeReference<Map<String, Object>> MAP = new tools.jackson.core.type.TypeReference<>() {
	};
}
