package it.casa.monitoring;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The figures of one query: exact counts, for the dashboard and internal exports. Beside what every figure shares
 * (periods, municipalities, grades), each {@link FigureSource} adds its own parts ({@code requests},
 * {@code emergencies}, ...), serialised as properties of this object and described in the API by
 * {@code DashboardDescription}. Counts by category list every category, zero included, in the order of the published
 * tables; the building blocks below are the sources' common vocabulary.
 *
 * @param municipality the one municipality shown; null when the figures cover every municipality in
 *        {@code municipalities}
 * @param municipalities the municipalities counted, by name
 * @param grades the grades the figures are limited to (0 for requests not triaged yet); empty for all
 * @param emergencyPeriod the period of the social emergency service's figures, which the published Fotografia sets
 *        beside the requests' one
 * @param sources what each source read, in the sources' order (not serialised as such: see {@link #parts()})
 */
@Schema(description = "The figures of a query: exact counts, for staff only")
public record DistrictFigures(Period period, Period emergencyPeriod, @Nullable Municipality municipality,
		List<Municipality> municipalities, List<Integer> grades,
		@JsonIgnore @Schema(hidden = true) List<SourceRead> sources) {

	public DistrictFigures {
		municipalities = List.copyOf(municipalities);
		grades = List.copyOf(grades);
		sources = List.copyOf(sources);
	}

	/** Every source's dashboard parts, as properties of the figures. */
	@JsonAnyGetter
	@Schema(hidden = true)
	public Map<String, Object> parts() {
		Map<String, Object> parts = new LinkedHashMap<>();
		sources.forEach(source -> parts.putAll(source.figures().dashboard()));
		return parts;
	}

	/**
	 * What one source read.
	 *
	 * @param labels the base name of the source's bundle of words ({@link FigureSource#labels()})
	 */
	public record SourceRead(String module, String labels, SourceFigures figures) {
	}

	@Schema(name = "FiguresMunicipality")
	public record Municipality(String id, String name) {
	}

	@Schema(name = "FiguresMonthTotal")
	public record MonthTotal(YearMonth month, long count) {
	}

	@Schema(name = "FiguresMunicipalityCount")
	public record MunicipalityCount(String municipality, String name, long count) {
	}

	public record CategoryCount<C extends Enum<C>>(C category, long count) {
	}

	@Schema(name = "FiguresMonthlyCount")
	public record MonthlyCount(YearMonth month, String municipality, long count) {
	}

	/**
	 * Durations in days, over {@code cases} cases; null when there are none.
	 */
	@Schema(name = "FiguresDurations")
	public record Durations(long cases, @Nullable Double medianDays, @Nullable Double averageDays,
			@Nullable Double p90Days) {

		public static Durations none() {
			return new Durations(0, null, null, null);
		}
	}

	@Schema(name = "FiguresMunicipalityDurations")
	public record MunicipalityDurations(String municipality, Durations timeToTriage, Durations timeToClosure) {
	}
}
