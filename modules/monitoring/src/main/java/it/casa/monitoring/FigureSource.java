package it.casa.monitoring;

import java.util.Map;

/**
 * A module's figures in Monitoring (docs/adr/0016): the module implements it in its own folder, with the projection
 * of its events into read models of its own; Monitoring finds every source as a bean and imports none of them. Sources
 * are read in the order of their {@link org.springframework.core.annotation.Order}, which is also the order of their
 * sections in the Fotografia and the exports.
 */
public interface FigureSource {

	/** The module's name, as its {@code FunctionModule} declares it. */
	String module();

	/**
	 * The properties the source adds to the dashboard's figures ({@code GET /api/monitoring/figures}), by name, with
	 * the type of each: the API description and the web UI's typed client are made from them.
	 */
	Map<String, Class<?>> dashboardParts();

	/**
	 * The base name of the source's resource bundle of words for the exports (Italian, and {@code _en}), e.g.
	 * {@code it.casa.casework.figures.labels}.
	 */
	String labels();

	/**
	 * The source's figures of {@code scope}. Called in the district context (the service's one read-only
	 * transaction), limited to the municipalities of the scope, which the service chose from the user.
	 */
	SourceFigures read(FigureScope scope);
}
