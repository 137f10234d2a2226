package it.casa.monitoring;

import java.util.Map;

/** What a {@link FigureSource} read: its parts of the dashboard's figures and its section of the exports. */
public interface SourceFigures {

	/** The values of the source's {@link FigureSource#dashboardParts()}, by the same names. */
	Map<String, Object> dashboard();

	/** Its section of the Fotografia and of the exports, in the words and for the audience of {@code words}. */
	FigureSection section(FigureWords words);
}
