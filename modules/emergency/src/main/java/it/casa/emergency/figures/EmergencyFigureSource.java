package it.casa.emergency.figures;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import it.casa.monitoring.FigureScope;
import it.casa.monitoring.FigureSection;
import it.casa.monitoring.FigureSource;
import it.casa.monitoring.FigureWords;
import it.casa.monitoring.SourceFigures;

/**
 * Emergency's figures in Monitoring: the social emergency service's calls of the emergency period, after the requests
 * in the Fotografia as the press kit publishes them.
 */
@Component
@Order(200)
class EmergencyFigureSource implements FigureSource {

	private final EmergencyFigureQueries queries;

	EmergencyFigureSource(EmergencyFigureQueries queries) {
		this.queries = queries;
	}

	@Override
	public String module() {
		return "emergency";
	}

	@Override
	public Map<String, Class<?>> dashboardParts() {
		return Map.of("emergencies", EmergencyFigures.Emergencies.class);
	}

	@Override
	public String labels() {
		return "it.casa.emergency.figures.labels";
	}

	@Override
	public SourceFigures read(FigureScope scope) {
		EmergencyFigures.Emergencies emergencies = queries.emergencyFigures(scope);
		return new SourceFigures() {

			@Override
			public Map<String, Object> dashboard() {
				return Map.of("emergencies", emergencies);
			}

			@Override
			public FigureSection section(FigureWords words) {
				return EmergencySection.of(scope, emergencies, words);
			}
		};
	}
}
