package it.casa.monitoring.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import it.casa.casework.CaseStatus;
import it.casa.casework.FilingOrganisation;
import it.casa.casework.Grade;
import it.casa.casework.HouseholdComposition;
import it.casa.casework.HousingSituation;
import it.casa.monitoring.DistrictFigures;
import it.casa.monitoring.DistrictFigures.CategoryCount;
import it.casa.monitoring.DistrictFigures.Durations;
import it.casa.monitoring.DistrictFigures.GradeCount;
import it.casa.monitoring.DistrictFigures.MonthlyCount;
import it.casa.monitoring.DistrictFigures.Municipality;
import it.casa.monitoring.DistrictFigures.MunicipalityCount;
import it.casa.monitoring.DistrictFigures.MunicipalityDurations;
import it.casa.monitoring.FigureQuery;
import it.casa.monitoring.Period;
import it.casa.monitoring.DistrictFigures.MonthTotal;
import it.casa.monitoring.DistrictFigures.ReportingEntityCount;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntityKind;

/**
 * The figures, read from the fact tables in a few grouped queries. Runs in the district context only (the caller
 * wraps it in {@link it.casa.platform.DistrictReads}); every query is limited to the municipalities it is given.
 */
@Repository
class FigureQueries {

	/** Memory for the sorts of one figures read (percentiles); the server's default is often 4MB. */
	static final String WORK_MEM = "64MB";

	private final JdbcTemplate jdbc;

	FigureQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Requests, durations, households in care and interviews of {@code query} in {@code municipalities}, in four
	 * statements, each answered from a covering index (district/monitoring.sql).
	 */
	Parts requestFigures(List<Municipality> municipalities, FigureQuery query) {
		List<String> ids = municipalities.stream().map(Municipality::id).toList();
		Map<String, String> names = new LinkedHashMap<>();
		municipalities.forEach(municipality -> names.put(municipality.id(), municipality.name()));
		LocalDate from = query.period().from();
		LocalDate to = query.period().to();
		// Sorts for the percentiles of a long period stay in memory; SET LOCAL ends with this read-only transaction.
		jdbc.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");

		List<Object> arguments = new ArrayList<>(List.of(from, to, new TextArray(ids)));
		String where = "r.requested_on BETWEEN ? AND ? AND r.tenant_id = ANY (?)" + gradeCondition(query, arguments);
		Counts counts = new Counts(names);
		jdbc.query("""
				SELECT r.tenant_id, r.housing_situation, r.composition, r.status, r.grade, r.filed_by,
				       date_trunc('month', r.requested_on)::date AS month,
				       GROUPING(r.tenant_id) AS g_tenant, GROUPING(r.housing_situation) AS g_housing,
				       GROUPING(r.composition) AS g_composition, GROUPING(r.status) AS g_status,
				       GROUPING(r.grade) AS g_grade, GROUPING(r.filed_by) AS g_filed_by,
				       GROUPING(date_trunc('month', r.requested_on)) AS g_month, count(*) AS n
				FROM district.monitoring_request r
				WHERE\s""" + where + """

				GROUP BY GROUPING SETS ((r.tenant_id), (r.housing_situation), (r.composition), (r.status), (r.grade),
				                        (r.filed_by), (date_trunc('month', r.requested_on), r.tenant_id), ())""",
				statement -> bind(statement, arguments), counts::add);

		Map<String, Durations[]> durations = new LinkedHashMap<>();
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
				WHERE\s""" + where + """

				GROUP BY GROUPING SETS ((r.tenant_id), ())""", statement -> bind(statement, arguments), row -> {
					String key = row.getInt("g_tenant") == 1 ? "" : row.getString("tenant_id");
					durations.put(key, new Durations[] {
							durations(row, "triaged", "triage_median", "triage_average", "triage_p90"),
							durations(row, "closed", "closure_median", "closure_average", "closure_p90") });
				});

		// Households in care: the requests of the period (counted above) and those from before it still in care at its
		// start, open or ended since. Two index-only range scans, rather than one OR that would read the whole table.
		List<Object> earlierArguments = new ArrayList<>(List.of(from, new TextArray(ids)));
		String earlierWhere = "r.requested_on < ? AND r.tenant_id = ANY (?)" + gradeCondition(query, earlierArguments);
		List<Object> careArguments = new ArrayList<>(earlierArguments);
		careArguments.add(from);
		careArguments.addAll(earlierArguments);
		Map<HouseholdComposition, Long> compositions = new EnumMap<>(HouseholdComposition.class);
		compositions.putAll(counts.compositions);
		long[] earlier = new long[1];
		jdbc.query("""
				SELECT composition, GROUPING(composition) AS g_composition, count(*) AS n
				FROM (SELECT r.composition FROM district.monitoring_request r WHERE r.ended_on IS NULL AND\s""" + earlierWhere + """

				      UNION ALL
				      SELECT r.composition FROM district.monitoring_request r WHERE r.ended_on >= ? AND\s""" + earlierWhere + """
				) in_care
				GROUP BY GROUPING SETS ((composition), ())""", statement -> bind(statement, careArguments), row -> {
					if (row.getInt("g_composition") == 1) {
						earlier[0] = row.getLong("n");
					}
					else {
						compositions.merge(HouseholdComposition.valueOf(row.getString("composition")), row.getLong("n"),
								Long::sum);
					}
				});

		List<Object> interviewArguments = new ArrayList<>(List.of(from, to, new TextArray(ids)));
		String interviewWhere = "i.scheduled_on BETWEEN ? AND ? AND i.tenant_id = ANY (?)";
		String interviewSql = "SELECT count(*) FROM district.monitoring_interview i WHERE " + interviewWhere;
		if (query.filtersGrades()) {
			interviewSql = "SELECT count(*) FROM district.monitoring_interview i"
					+ " JOIN district.monitoring_request r ON r.case_id = i.case_id WHERE " + interviewWhere
					+ gradeCondition(query, interviewArguments);
		}
		Long interviews = jdbc.query(interviewSql, statement -> bind(statement, interviewArguments),
				rows -> rows.next() ? rows.getLong(1) : 0L);

		Durations[] overall = durations.getOrDefault("", new Durations[] { Durations.none(), Durations.none() });
		List<MunicipalityDurations> byMunicipality = names.keySet()
			.stream()
			.map(id -> {
				Durations[] pair = durations.getOrDefault(id, new Durations[] { Durations.none(), Durations.none() });
				return new MunicipalityDurations(id, pair[0], pair[1]);
			})
			.toList();
		DistrictFigures.Requests requests = new DistrictFigures.Requests(counts.total, counts.byMunicipality(),
				categories(HousingSituation.class, counts.housing), counts.byGrade(),
				categories(CaseStatus.class, counts.status), categories(FilingOrganisation.class, counts.filedBy),
				counts.monthly(), overall[0], overall[1], byMunicipality);
		return new Parts(requests,
				new DistrictFigures.Households(counts.total + earlier[0], earlier[0],
						categories(HouseholdComposition.class, compositions)),
				new DistrictFigures.Interviews(interviews == null ? 0 : interviews));
	}

	/** The emergencies called in {@code period} in {@code municipalities}. */
	DistrictFigures.Emergencies emergencyFigures(List<Municipality> municipalities, Period period) {
		List<String> ids = municipalities.stream().map(Municipality::id).toList();
		Map<String, String> names = new LinkedHashMap<>();
		municipalities.forEach(municipality -> names.put(municipality.id(), municipality.name()));
		List<ReportingEntityCount> entities = new ArrayList<>();
		Map<ProblemType, Long> problems = new EnumMap<>(ProblemType.class);
		List<MonthTotal> monthly = new ArrayList<>();
		long[] totals = new long[4];
		List<Object> arguments = List.of(period.from(), period.to(), new TextArray(ids));
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
				statement -> bind(statement, arguments), row -> {
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
						totals[0] = n;
						totals[1] = row.getLong("people");
						totals[2] = row.getLong("with_minors");
						totals[3] = row.getLong("handed_over");
					}
				});
		entities.sort(Comparator.comparing(ReportingEntityCount::kind)
			.thenComparing(Comparator.comparingLong(ReportingEntityCount::count).reversed())
			.thenComparing(entity -> entity.name() == null ? "" : entity.name()));
		monthly.sort(Comparator.comparing(MonthTotal::month));
		return new DistrictFigures.Emergencies(totals[0], entities, categories(ProblemType.class, problems), totals[1],
				totals[2], totals[3], monthly);
	}

	record Parts(DistrictFigures.Requests requests, DistrictFigures.Households households,
			DistrictFigures.Interviews interviews) {
	}

	/** Grade filter on alias {@code r}: 0 stands for requests not triaged yet (no grade). */
	static String gradeCondition(FigureQuery query, List<Object> arguments) {
		if (!query.filtersGrades()) {
			return "";
		}
		if (query.grades().isEmpty()) {
			return " AND r.grade IS NULL";
		}
		arguments.add(new IntArray(query.grades().stream().map(Grade::number).sorted().toList()));
		return query.ungraded() ? " AND (r.grade = ANY (?) OR r.grade IS NULL)" : " AND r.grade = ANY (?)";
	}

	static <C extends Enum<C>> List<CategoryCount<C>> categories(Class<C> type, Map<C, Long> counts) {
		List<CategoryCount<C>> result = new ArrayList<>();
		for (C category : type.getEnumConstants()) {
			result.add(new CategoryCount<>(category, counts.getOrDefault(category, 0L)));
		}
		return result;
	}

	private static Durations durations(ResultSet row, String cases, String median, String average, String p90)
			throws SQLException {
		long count = row.getLong(cases);
		return count == 0 ? Durations.none()
				: new Durations(count, nullableDouble(row, median), nullableDouble(row, average), nullableDouble(row, p90));
	}

	private static @Nullable Double nullableDouble(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : Math.round(value * 10) / 10.0;
	}

	static void bind(PreparedStatement statement, List<?> arguments) throws SQLException {
		for (int i = 0; i < arguments.size(); i++) {
			Object argument = arguments.get(i);
			int index = i + 1;
			if (argument instanceof TextArray array) {
				statement.setArray(index, statement.getConnection().createArrayOf("text", array.values().toArray()));
			}
			else if (argument instanceof IntArray array) {
				statement.setArray(index, statement.getConnection().createArrayOf("int4", array.values().toArray()));
			}
			else {
				statement.setObject(index, argument);
			}
		}
	}

	record TextArray(List<String> values) {
	}

	record IntArray(List<Integer> values) {
	}

	/** Collects the rows of the grouping-sets query by the set each belongs to. */
	private static final class Counts {

		private final Map<String, String> names;

		private long total;

		private final Map<String, Long> municipalities = new LinkedHashMap<>();

		private final Map<HousingSituation, Long> housing = new EnumMap<>(HousingSituation.class);

		private final Map<HouseholdComposition, Long> compositions = new EnumMap<>(HouseholdComposition.class);

		private final Map<CaseStatus, Long> status = new EnumMap<>(CaseStatus.class);

		private final Map<Integer, Long> grades = new LinkedHashMap<>();

		private final Map<FilingOrganisation, Long> filedBy = new EnumMap<>(FilingOrganisation.class);

		private final List<MonthlyCount> monthly = new ArrayList<>();

		Counts(Map<String, String> names) {
			this.names = names;
		}

		void add(ResultSet row) throws SQLException {
			long n = row.getLong("n");
			boolean byTenant = row.getInt("g_tenant") == 0;
			boolean byMonth = row.getInt("g_month") == 0;
			if (byMonth) {
				monthly.add(new MonthlyCount(YearMonth.from(row.getObject("month", LocalDate.class)),
						row.getString("tenant_id"), n));
			}
			else if (byTenant) {
				municipalities.put(row.getString("tenant_id"), n);
			}
			else if (row.getInt("g_composition") == 0) {
				compositions.put(HouseholdComposition.valueOf(row.getString("composition")), n);
			}
			else if (row.getInt("g_housing") == 0) {
				housing.put(HousingSituation.valueOf(row.getString("housing_situation")), n);
			}
			else if (row.getInt("g_status") == 0) {
				status.put(CaseStatus.valueOf(row.getString("status")), n);
			}
			else if (row.getInt("g_grade") == 0) {
				int grade = row.getInt("grade");
				grades.put(row.wasNull() ? 0 : grade, n);
			}
			else if (row.getInt("g_filed_by") == 0) {
				filedBy.put(FilingOrganisation.valueOf(row.getString("filed_by")), n);
			}
			else {
				total = n;
			}
		}

		List<MunicipalityCount> byMunicipality() {
			return names.entrySet()
				.stream()
				.map(entry -> new MunicipalityCount(entry.getKey(), entry.getValue(),
						municipalities.getOrDefault(entry.getKey(), 0L)))
				.sorted(Comparator.comparingLong(MunicipalityCount::count).reversed()
					.thenComparing(MunicipalityCount::name))
				.toList();
		}

		List<MonthlyCount> monthly() {
			return monthly.stream()
				.sorted(Comparator.comparing(MonthlyCount::month).thenComparing(MonthlyCount::municipality))
				.toList();
		}

		List<GradeCount> byGrade() {
			List<GradeCount> result = new ArrayList<>();
			for (int grade = 0; grade <= 4; grade++) {
				result.add(new GradeCount(grade, grades.getOrDefault(grade, 0L)));
			}
			return result;
		}
	}
}
