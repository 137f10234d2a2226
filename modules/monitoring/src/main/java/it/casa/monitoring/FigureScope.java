package it.casa.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.casa.monitoring.DistrictFigures.Municipality;

/**
 * What one read of the figures is about: the query, and the municipalities the user may see that it covers, in the
 * order the figures list them.
 */
public record FigureScope(FigureQuery query, List<Municipality> municipalities) {

	public FigureScope {
		municipalities = List.copyOf(municipalities);
	}

	/** The municipalities' ids, in order, for {@code tenant_id = ANY (?)}. */
	public List<String> ids() {
		return municipalities.stream().map(Municipality::id).toList();
	}

	/** The municipalities' names by id, in order. */
	public Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		municipalities.forEach(municipality -> names.put(municipality.id(), municipality.name()));
		return names;
	}
}
