package it.casa.emergency.figures;

import static it.casa.monitoring.FigureSql.bind;
import static it.casa.monitoring.FigureSql.categories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntityKind;
import it.casa.emergency.figures.EmergencyFigures.ReportingEntityCount;
import it.casa.monitoring.DistrictFigures.MonthTotal;
import it.casa.monitoring.FigureScope;
import it.casa.monitoring.FigureSql.TextArray;
import it.casa.monitoring.Period;

/**
 * The emergencies' figures, read from {@code district.monitoring_emergency} in one grouping-sets query. Runs in the
 * district context only (Monitoring's service wraps every source in {@link it.casa.platform.DistrictReads}); limited to
 * the municipalities of the scope.
 */
@Repository
class EmergencyFigureQueries {

	private final JdbcTemplate jdbc;

	EmergencyFigureQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The emergencies called in the scope's emergency period in its municipalities. */
	EmergencyFigures.Emergencies emergencyFigures(FigureScope scope) {
		Period period = scope.query().emergencies();
		EmergencyCounts counts = new EmergencyCounts(scope.names());
		List<Object> arguments = List.of(period.from(), period.to(), new TextArray(scope.ids()));
		// A municipality that reported its own emergency without naming itself is that municipality ("@" + its id).
		jdbc.query("""
				SELECT kind, entity, problem, month, GROUPING(kind, entity) AS g_entity, GROUPING(problem) AS g_problem,
				       GROUPING(month) AS g_month, count(*) AS n, coalesce(sum(people), 0) AS people,
				       count(*) FILTER (WHERE minors) AS with_minors, count(*) FILTER (WHERE handed_over) AS handed_over
				FROM (SELECT e.reporting_entity_kind AS kind,
				             CASE WHEN e.reporting_entity_name IS NULL AND e.reporting_entity_kind = 'MUNICIPALITY'
				                  THEN '@' || e.tenant_id ELSE e.reporting_entity_name END AS entity,
				             e.problem_type AS problem, date_trunc('month', e.called_on)::date AS month,
				             e.people_involved AS people, e.minors_involved AS minors, e.handed_over
				      FROM district.monitoring_emergency e
				      WHERE e.called_on BETWEEN ? AND ? AND e.tenant_id = ANY (?)
				        AND e.reporting_entity_kind IS NOT NULL AND e.problem_type IS NOT NULL) facts
				GROUP BY GROUPING SETS ((kind, entity), (problem), (month), ())""",
				statement -> bind(statement, arguments), counts::add);
		return counts.figures();
	}

	/** Collects the rows of the grouping-sets query by the set each belongs to. */
	private static final class EmergencyCounts {

		private final Map<String, String> names;

		private final List<ReportingEntityCount> entities = new ArrayList<>();

		private final Map<ProblemType, Long> problems = new EnumMap<>(ProblemType.class);

		private final List<MonthTotal> monthly = new ArrayList<>();

		private long total;

		private long people;

		private long withMinors;

		private long handedOver;

		EmergencyCounts(Map<String, String> names) {
			this.names = names;
		}

		void add(ResultSet row) throws SQLException {
			long n = row.getLong("n");
			if (row.getInt("g_entity") == 0) {
				String entity = row.getString("entity");
				String name = entity != null && entity.startsWith("@")
						? names.getOrDefault(entity.substring(1), entity.substring(1)) : entity;
				entities.add(new ReportingEntityCount(ReportingEntityKind.valueOf(row.getString("kind")), name, n));
			}
			else if (row.getInt("g_problem") == 0) {
				problems.put(ProblemType.valueOf(row.getString("problem")), n);
			}
			else if (row.getInt("g_month") == 0) {
				monthly.add(new MonthTotal(YearMonth.from(row.getObject("month", LocalDate.class)), n));
			}
			else {
				total = n;
				people = row.getLong("people");
				withMinors = row.getLong("with_minors");
				handedOver = row.getLong("handed_over");
			}
		}

		EmergencyFigures.Emergencies figures() {
			entities.sort(Comparator.comparing(ReportingEntityCount::kind)
				.thenComparing(Comparator.comparingLong(ReportingEntityCount::count).reversed())
				.thenComparing(entity -> entity.name() == null ? "" : entity.name()));
			monthly.sort(Comparator.comparing(MonthTotal::month));
			return new EmergencyFigures.Emergencies(total, entities, categories(ProblemType.class, problems), people,
					withMinors, handedOver, monthly);
		}
	}
}
