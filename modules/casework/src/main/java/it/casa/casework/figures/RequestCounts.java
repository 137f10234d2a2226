package it.casa.casework.figures;

import static it.casa.monitoring.FigureSql.categories;

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

import it.casa.casework.CaseStatus;
import it.casa.casework.FilingOrganisation;
import it.casa.casework.HouseholdComposition;
import it.casa.casework.HousingSituation;
import it.casa.casework.figures.RequestFigures.GradeCount;
import it.casa.monitoring.DistrictFigures.Durations;
import it.casa.monitoring.DistrictFigures.MonthlyCount;
import it.casa.monitoring.DistrictFigures.MunicipalityCount;
import it.casa.monitoring.DistrictFigures.MunicipalityDurations;

/** Collects the rows of the requests' grouping-sets query by the set each belongs to. */
final class RequestCounts {

	private final Map<String, String> names;

	private long total;

	private final Map<String, Long> municipalities = new LinkedHashMap<>();

	private final Map<HousingSituation, Long> housing = new EnumMap<>(HousingSituation.class);

	private final Map<HouseholdComposition, Long> compositions = new EnumMap<>(HouseholdComposition.class);

	private final Map<CaseStatus, Long> status = new EnumMap<>(CaseStatus.class);

	private final Map<Integer, Long> grades = new LinkedHashMap<>();

	private final Map<FilingOrganisation, Long> filedBy = new EnumMap<>(FilingOrganisation.class);

	private final List<MonthlyCount> monthly = new ArrayList<>();

	/** @param names the municipalities' names by id, in the order they were asked for */
	RequestCounts(Map<String, String> names) {
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

	long total() {
		return total;
	}

	/** The compositions of the period's requests. */
	Map<HouseholdComposition, Long> compositions() {
		return compositions;
	}

	RequestFigures.Requests requests(Durations triage, Durations closure, List<MunicipalityDurations> byMunicipality) {
		return new RequestFigures.Requests(total, byMunicipality(), categories(HousingSituation.class, housing),
				byGrade(), categories(CaseStatus.class, status), categories(FilingOrganisation.class, filedBy), monthly(),
				triage, closure, byMunicipality);
	}

	private List<MunicipalityCount> byMunicipality() {
		return names.entrySet()
			.stream()
			.map(entry -> new MunicipalityCount(entry.getKey(), entry.getValue(),
					municipalities.getOrDefault(entry.getKey(), 0L)))
			.sorted(Comparator.comparingLong(MunicipalityCount::count).reversed().thenComparing(MunicipalityCount::name))
			.toList();
	}

	private List<MonthlyCount> monthly() {
		return monthly.stream()
			.sorted(Comparator.comparing(MonthlyCount::month).thenComparing(MonthlyCount::municipality))
			.toList();
	}

	private List<GradeCount> byGrade() {
		List<GradeCount> result = new ArrayList<>();
		for (int grade = 0; grade <= 4; grade++) {
			result.add(new GradeCount(grade, grades.getOrDefault(grade, 0L)));
		}
		return result;
	}
}
