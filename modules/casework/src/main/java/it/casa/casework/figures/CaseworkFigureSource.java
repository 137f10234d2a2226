package it.casa.casework.figures;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import it.casa.monitoring.FigureScope;
import it.casa.monitoring.FigureSection;
import it.casa.monitoring.FigureSource;
import it.casa.monitoring.FigureWords;
import it.casa.monitoring.SourceFigures;

/**
 * Case work's figures in Monitoring: the activation requests, the households in care and the joint interviews, first
 * in the Fotografia as the press kit publishes them.
 */
@Component
@Order(100)
class CaseworkFigureSource implements FigureSource {

	private final RequestFigureQueries queries;

	CaseworkFigureSource(RequestFigureQueries queries) {
		this.queries = queries;
	}

	@Override
	public String module() {
		return "casework";
	}

	@Override
	public Map<String, Class<?>> dashboardParts() {
		Map<String, Class<?>> parts = new LinkedHashMap<>();
		parts.put("requests", RequestFigures.Requests.class);
		parts.put("households", RequestFigures.Households.class);
		parts.put("interviews", RequestFigures.Interviews.class);
		return parts;
	}

	@Override
	public String labels() {
		return "it.casa.casework.figures.labels";
	}

	@Override
	public SourceFigures read(FigureScope scope) {
		RequestFigureQueries.Parts parts = queries.requestFigures(scope);
		return new SourceFigures() {

			@Override
			public Map<String, Object> dashboard() {
				Map<String, Object> dashboard = new LinkedHashMap<>();
				dashboard.put("requests", parts.requests());
				dashboard.put("households", parts.households());
				dashboard.put("interviews", parts.interviews());
				return dashboard;
			}

			@Override
			public FigureSection section(FigureWords words) {
				return RequestSection.of(scope, parts, words);
			}
		};
	}
}
