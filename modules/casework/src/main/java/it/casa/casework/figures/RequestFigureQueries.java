package it.casa.casework.figures;

import static it.casa.monitoring.FigureSql.bind;
import static it.casa.monitoring.FigureSql.categories;
import static it.casa.monitoring.FigureSql.oneDecimal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import it.casa.casework.HouseholdComposition;
import it.casa.monitoring.DistrictFigures.Durations;
import it.casa.monitoring.DistrictFigures.MunicipalityDurations;
import it.casa.monitoring.FigureQuery;
import it.casa.monitoring.FigureScope;
import it.casa.monitoring.FigureSql.IntArray;
import it.casa.monitoring.FigureSql.TextArray;

/**
 * The figures of case work's requests, read from {@code district.monitoring_request} and
 * {@code district.monitoring_interview} in four statements, each answered from a covering index
 * (db/changelog/district/casework-figures.sql). Runs in the district context only (Monitoring's service wraps every
 * source in {@link it.casa.platform.DistrictReads}); every statement is limited to the municipalities of the scope.
 */
@Repository
class RequestFigureQueries {

	/** Memory for the sorts of one figures read (percentiles); the server's default is often 4MB. */
	static final String WORK_MEM = "64MB";

	private final JdbcTemplate jdbc;

	RequestFigureQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Requests, durations, households in care and interviews of the scope. */
	Parts requestFigures(FigureScope figureScope) {
		Scope scope = Scope.of(figureScope);
		// Sorts for the percentiles of a long period stay in memory; SET LOCAL ends with this read-only transaction.
		jdbc.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
		RequestCounts counts = counts(scope);
		Map<String, DurationPair> durations = durations(scope);
		InCare earlier = inCareFromEarlierPeriods(scope);
		long interviews = interviews(scope);

		DurationPair overall = durations.getOrDefault("", DurationPair.NONE);
		List<MunicipalityDurations> byMunicipality = scope.names()
			.keySet()
			.stream()
			.map(id -> {
				DurationPair pair = durations.getOrDefault(id, DurationPair.NONE);
				return new MunicipalityDurations(id, pair.triage(), pair.closure());
			})
			.toList();
		Map<HouseholdComposition, Long> compositions = new EnumMap<>(HouseholdComposition.class);
		compositions.putAll(counts.compositions());
		earlier.compositions().forEach((composition, n) -> compositions.merge(composition, n, Long::sum));
		return new Parts(counts.requests(overall.triage(), overall.closure(), byMunicipality),
				new RequestFigures.Households(counts.total() + earlier.total(), earlier.total(),
						categories(HouseholdComposition.class, compositions)),
				new RequestFigures.Interviews(interviews));
	}

	/** The requests of the period counted by municipality, category, grade and month, in one grouping-sets query. */
	private RequestCounts counts(Scope scope) {
		Where where = Where.requestedInPeriod(scope);
		RequestCounts counts = new RequestCounts(scope.names());
		jdbc.query("""
				SELECT r.tenant_id, r.housing_situation, r.composition, r.status, r.grade, r.filed_by,
				       date_trunc('month', r.requested_on)::date AS month,
				       GROUPING(r.tenant_id) AS g_tenant, GROUPING(r.housing_situation) AS g_housing,
				       GROUPING(r.composition) AS g_composition, GROUPING(r.status) AS g_status,
				       GROUPING(r.grade) AS g_grade, GROUPING(r.filed_by) AS g_filed_by,
				       GROUPING(date_trunc('month', r.requested_on)) AS g_month, count(*) AS n
				FROM district.monitoring_request r
				WHERE\s""" + where.sql() + """

				GROUP BY GROUPING SETS ((r.tenant_id), (r.housing_situation), (r.composition), (r.status), (r.grade),
				                        (r.filed_by), (date_trunc('month', r.requested_on), r.tenant_id), ())""",
				statement -> bind(statement, where.arguments()), counts::add);
		return counts;
	}

	/** Days from request to first triage and to closure, by municipality and overall (key ""). */
	private Map<String, DurationPair> durations(Scope scope) {
		Where where = Where.requestedInPeriod(scope);
		Map<String, DurationPair> durations = new LinkedHashMap<>();
		jdbc.query("""
				SELECT r.tenant_id, GROUPING(r.tenant_id) AS g_tenant,
				       count(r.first_triaged_on) AS triaged,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY r.first_triaged_on - r.requested_on) AS triage_median,
				       avg(r.first_triaged_on - r.requested_on)::float8 AS triage_average,
				       percentile_cont(0.9) WITHIN GROUP (ORDER BY r.first_triaged_on - r.requested_on) AS triage_p90,
				       count(*) FILTER (WHERE r.status = 'CLOSED') AS closed,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY r.ended_on - r.requested_on)
				           FILTER (WHERE r.status = 'CLOSED') AS closure_median,
				       (avg(r.ended_on - r.requested_on) FILTER (WHERE r.status = 'CLOSED'))::float8 AS closure_average,
				       percentile_cont(0.9) WITHIN GROUP (ORDER BY r.ended_on - r.requested_on)
				           FILTER (WHERE r.status = 'CLOSED') AS closure_p90
				FROM district.monitoring_request r
				WHERE\s""" + where.sql() + """

				GROUP BY GROUPING SETS ((r.tenant_id), ())""", statement -> bind(statement, where.arguments()), row -> {
					String key = row.getInt("g_tenant") == 1 ? "" : row.getString("tenant_id");
					durations.put(key, new DurationPair(
							durations(row, "triaged", "triage_median", "triage_average", "triage_p90"),
							durations(row, "closed", "closure_median", "closure_average", "closure_p90")));
				});
		return durations;
	}

	/**
	 * The households from before the period still in care at its start, open or ended since. Two index-only range
	 * scans, rather than one OR that would read the whole table.
	 */
	private InCare inCareFromEarlierPeriods(Scope scope) {
		Where earlier = Where.requestedBefore(scope);
		List<Object> arguments = new ArrayList<>(earlier.arguments());
		arguments.add(scope.from());
		arguments.addAll(earlier.arguments());
		InCare inCare = new InCare();
		jdbc.query("""
				SELECT composition, GROUPING(composition) AS g_composition, count(*) AS n
				FROM (SELECT r.composition FROM district.monitoring_request r WHERE r.ended_on IS NULL AND\s""" + earlier.sql() + """

				      UNION ALL
				      SELECT r.composition FROM district.monitoring_request r WHERE r.ended_on >= ? AND\s""" + earlier.sql() + """
				) in_care
				GROUP BY GROUPING SETS ((composition), ())""", statement -> bind(statement, arguments), inCare::add);
		return inCare;
	}

	/** The joint interviews scheduled in the period (of the cases of the grades asked for, when grades are filtered). */
	private long interviews(Scope scope) {
		List<Object> arguments = new ArrayList<>(List.of(scope.from(), scope.to(), scope.ids()));
		String where = "i.scheduled_on BETWEEN ? AND ? AND i.tenant_id = ANY (?)";
		String sql = "SELECT count(*) FROM district.monitoring_interview i WHERE " + where;
		if (scope.query().filtersGrades()) {
			sql = "SELECT count(*) FROM district.monitoring_interview i"
					+ " JOIN district.monitoring_request r ON r.case_id = i.case_id WHERE " + where
					+ gradeCondition(scope.query(), arguments);
		}
		Long interviews = jdbc.query(sql, statement -> bind(statement, arguments),
				rows -> rows.next() ? rows.getLong(1) : 0L);
		return interviews == null ? 0 : interviews;
	}

	/** Grade filter on alias {@code r}: 0 stands for requests not triaged yet (no grade). */
	static String gradeCondition(FigureQuery query, List<Object> arguments) {
		if (!query.filtersGrades()) {
			return "";
		}
		if (query.grades().isEmpty()) {
			return " AND r.grade IS NULL";
		}
		arguments.add(new IntArray(query.grades().stream().sorted().toList()));
		return query.ungraded() ? " AND (r.grade = ANY (?) OR r.grade IS NULL)" : " AND r.grade = ANY (?)";
	}

	private static Durations durations(ResultSet row, String cases, String median, String average, String p90)
			throws SQLException {
		long count = row.getLong(cases);
		return count == 0 ? Durations.none()
				: new Durations(count, oneDecimal(row, median), oneDecimal(row, average), oneDecimal(row, p90));
	}

	record Parts(RequestFigures.Requests requests, RequestFigures.Households households,
			RequestFigures.Interviews interviews) {
	}

	/** What one figures read is about: the municipalities (ids in order, with their names) and the query. */
	private record Scope(TextArray ids, Map<String, String> names, FigureQuery query) {

		static Scope of(FigureScope scope) {
			return new Scope(new TextArray(scope.ids()), scope.names(), scope.query());
		}

		LocalDate from() {
			return query.period().from();
		}

		LocalDate to() {
			return query.period().to();
		}
	}

	/** A condition on alias {@code r} with the arguments of its placeholders, in order. */
	private record Where(String sql, List<Object> arguments) {

		/** The requests of the period in the municipalities, of the grades asked for. */
		static Where requestedInPeriod(Scope scope) {
			List<Object> arguments = new ArrayList<>(List.of(scope.from(), scope.to(), scope.ids()));
			return new Where("r.requested_on BETWEEN ? AND ? AND r.tenant_id = ANY (?)"
					+ gradeCondition(scope.query(), arguments), arguments);
		}

		/** The requests from before the period in the municipalities, of the grades asked for. */
		static Where requestedBefore(Scope scope) {
			List<Object> arguments = new ArrayList<>(List.of(scope.from(), scope.ids()));
			return new Where("r.requested_on < ? AND r.tenant_id = ANY (?)" + gradeCondition(scope.query(), arguments),
					arguments);
		}
	}

	private record DurationPair(Durations triage, Durations closure) {

		static final DurationPair NONE = new DurationPair(Durations.none(), Durations.none());
	}

	/** The households in care from earlier periods: how many, and by composition. */
	private static final class InCare {

		private long total;

		private final Map<HouseholdComposition, Long> compositions = new EnumMap<>(HouseholdComposition.class);

		void add(ResultSet row) throws SQLException {
			if (row.getInt("g_composition") == 1) {
				total = row.getLong("n");
			}
			else {
				compositions.merge(HouseholdComposition.valueOf(row.getString("composition")), row.getLong("n"),
						Long::sum);
			}
		}

		long total() {
			return total;
		}

		Map<HouseholdComposition, Long> compositions() {
			return compositions;
		}
	}
}
