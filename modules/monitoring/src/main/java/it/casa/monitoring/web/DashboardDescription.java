package it.casa.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import it.casa.monitoring.DistrictFigures;
import it.casa.monitoring.FigureSource;

/**
 * Describes the sources' dashboard parts as properties of {@code DistrictFigures} in the API description: they are
 * serialised from a map ({@link DistrictFigures#parts()}), which springdoc cannot see into, and the web UI's typed
 * client needs them as they are. Each part is required: a source always answers its parts, zero counts included.
 */
@Component
class DashboardDescription implements OpenApiCustomizer {

	private final List<FigureSource> sources;

	DashboardDescription(List<FigureSource> sources) {
		this.sources = List.copyOf(sources);
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
		if (components == null || components.getSchemas() == null) {
			return;
		}
		Schema figures = components.getSchemas().get(DistrictFigures.class.getSimpleName());
		if (figures == null) {
			return;
		}
		SpecVersion version = openApi.getSpecVersion() == null ? SpecVersion.V31 : openApi.getSpecVersion();
		TreeSet<String> required = new TreeSet<>(figures.getRequired() == null ? List.of() : figures.getRequired());
		for (FigureSource source : sources) {
			for (Map.Entry<String, Class<?>> part : source.dashboardParts().entrySet()) {
				Schema property = SpringDocAnnotationsUtils.extractSchema(components, part.getValue(), null, null, version);
				figures.addProperty(part.getKey(), property);
				required.add(part.getKey());
			}
		}
		figures.setRequired(new ArrayList<>(required));
		// The map itself is described by its parts, not as free-form properties.
		figures.setAdditionalProperties(null);
	}
}
