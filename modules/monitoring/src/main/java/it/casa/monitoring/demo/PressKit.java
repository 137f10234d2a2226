package it.casa.monitoring.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import it.casa.casework.HouseholdComposition;
import it.casa.casework.HousingSituation;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntityKind;
import it.casa.monitoring.Period;

/**
 * The agency's published figures (press kit, "Fotografia da aprile a maggio 2025") and the invented requests that
 * reproduce them. The press kit's household compositions add up to 48 for 44 requests; CASA counts compositions over
 * the households in care in the period, so four invented requests of March 2025, still open in April, make up the
 * difference and the tables read exactly as published.
 */
final class PressKit {

	static final Period REQUEST_PERIOD = Period.months(YearMonth.of(2025, 4), YearMonth.of(2025, 5));

	/** Demo data of this period or later is taken as already loaded. */
	static final Period LOADED_CHECK = Period.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31));

	/** "Schede di attivazione ricevute dai comuni: 44". */
	static final Map<String, Integer> REQUESTS_BY_MUNICIPALITY = ordered("san-giuliano-milanese", 19, "melegnano", 9,
			"dresano", 4, "san-donato-milanese", 4, "vizzolo-predabissi", 3, "colturano", 3, "cerro-al-lambro", 1,
			"san-zenone-al-lambro", 1);

	/** "Situazioni abitative riscontrate". */
	static final Map<HousingSituation, Integer> HOUSING_SITUATIONS = ordered(HousingSituation.LEASE_NOT_RENEWED, 14,
			HousingSituation.EVICTION_IN_PROGRESS, 10, HousingSituation.STABLE_BUT_PROVISIONAL, 6,
			HousingSituation.END_OF_TEMPORARY_RECEPTION, 5, HousingSituation.RENT_NOT_SUSTAINABLE, 3,
			HousingSituation.LEAVING_FOR_OTHER_REASONS, 6);

	/** "Composizione nuclei familiari", as published (48 households). */
	static final Map<HouseholdComposition, Integer> COMPOSITIONS = ordered(
			HouseholdComposition.PARENTAL_COUPLE_WITH_MINOR_CHILDREN, 21,
			HouseholdComposition.SINGLE_MOTHER_WITH_MINOR_CHILDREN, 12, HouseholdComposition.SINGLE_ADULT, 12,
			HouseholdComposition.MOTHER_WITH_NEWLY_ADULT_CHILD, 1, HouseholdComposition.ADULT_WITH_ADULT_OVER_65, 1,
			HouseholdComposition.PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65, 1);

	/** "Colloqui di approfondimento effettuati/fissati nel mese di aprile: 9". */
	static final int INTERVIEWS_IN_APRIL = 9;

	/** "Fotografia Pronto Intervento Sociale – 2024". */
	static final Period EMERGENCY_PERIOD = Period.year(2024);

	/**
	 * "Ente segnalante", as published (21): the kind, the name as the agency writes it after "Comune di" or
	 * "Carabinieri di", and the invented municipality where the emergency happened.
	 */
	static final List<Reporter> REPORTERS = List.of(
			new Reporter(ReportingEntityKind.MUNICIPALITY, "San Giuliano Milanese", "san-giuliano-milanese", 15),
			new Reporter(ReportingEntityKind.MUNICIPALITY, "San Zenone al Lambro", "san-zenone-al-lambro", 1),
			new Reporter(ReportingEntityKind.MUNICIPALITY, "San Donato", "san-donato-milanese", 1),
			new Reporter(ReportingEntityKind.MUNICIPALITY, "Carpiano", "carpiano", 1),
			new Reporter(ReportingEntityKind.CARABINIERI, "Melegnano", "melegnano", 1),
			new Reporter(ReportingEntityKind.CARABINIERI, "Opera", "san-giuliano-milanese", 1),
			new Reporter(ReportingEntityKind.NOT_RECORDED, null, "vizzolo-predabissi", 1));

	/**
	 * "Segnalazione problematica abitativa", as published (18), plus the three emergencies of the 21 whose problem was
	 * outside the published categories: the published tables add up to 21 and 18.
	 */
	static final Map<ProblemType, Integer> PROBLEMS = ordered(ProblemType.HOUSE_FIRE, 3, ProblemType.EXECUTIVE_EVICTION,
			3, ProblemType.SENT_AWAY_BY_HOST, 1, ProblemType.FLOODING, 1, ProblemType.WATER_CUT_OFF_FOR_ARREARS, 2,
			ProblemType.NO_DWELLING, 2, ProblemType.UNACCOMPANIED_FOREIGN_MINORS, 6, ProblemType.OTHER, 3);

	/** Households whose request came in March 2025 and who were still in care in April (the 48 - 44). */
	static final List<DemoRequest> CARRIED_OVER = List.of(
			new DemoRequest("san-giuliano-milanese", LocalDate.of(2025, 3, 10), HousingSituation.LEASE_NOT_RENEWED,
					HouseholdComposition.PARENTAL_COUPLE_WITH_MINOR_CHILDREN, 100),
			new DemoRequest("san-giuliano-milanese", LocalDate.of(2025, 3, 18), HousingSituation.RENT_NOT_SUSTAINABLE,
					HouseholdComposition.SINGLE_ADULT, 101),
			new DemoRequest("melegnano", LocalDate.of(2025, 3, 24), HousingSituation.EVICTION_IN_PROGRESS,
					HouseholdComposition.SINGLE_MOTHER_WITH_MINOR_CHILDREN, 102),
			new DemoRequest("san-donato-milanese", LocalDate.of(2025, 3, 27), HousingSituation.STABLE_BUT_PROVISIONAL,
					HouseholdComposition.PARENTAL_COUPLE_WITH_MINOR_CHILDREN, 103));

	/** Public holidays of April and May 2025 (Easter Monday, Liberation Day, Labour Day): no requests come in. */
	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 4, 21), LocalDate.of(2025, 4, 25),
			LocalDate.of(2025, 5, 1));

	private PressKit() {
	}

	/**
	 * The 44 requests of April-May 2025: municipalities, situations and compositions as published, matched at random
	 * (a fixed seed, so every run files the same invented cases) and spread over the working days.
	 */
	static List<DemoRequest> requestsOfThePeriod() {
		List<String> municipalities = expand(REQUESTS_BY_MUNICIPALITY);
		List<HousingSituation> situations = expand(HOUSING_SITUATIONS);
		Map<HouseholdComposition, Integer> compositions = new LinkedHashMap<>(COMPOSITIONS);
		CARRIED_OVER.forEach(request -> compositions.merge(request.composition(), -1, Integer::sum));
		List<HouseholdComposition> shuffledCompositions = expand(compositions);
		Random random = new Random(2025_04_01L);
		Collections.shuffle(municipalities, random);
		Collections.shuffle(situations, random);
		Collections.shuffle(shuffledCompositions, random);
		List<LocalDate> days = workingDays(REQUEST_PERIOD);
		List<DemoRequest> requests = new ArrayList<>();
		for (int i = 0; i < municipalities.size(); i++) {
			LocalDate day = days.get(i * days.size() / municipalities.size());
			requests.add(new DemoRequest(municipalities.get(i), day, situations.get(i), shuffledCompositions.get(i), i));
		}
		return requests;
	}

	/** Every invented request: those of March still in care, then those of the period. */
	static List<DemoRequest> allRequests() {
		List<DemoRequest> all = new ArrayList<>(CARRIED_OVER);
		all.addAll(requestsOfThePeriod());
		return all;
	}

	/** The 21 emergencies of 2024: reporters and problems as published, matched at random, one every 17 days or so. */
	static List<DemoEmergency> emergencies() {
		List<Reporter> reporters = new ArrayList<>();
		REPORTERS.forEach(reporter -> {
			for (int i = 0; i < reporter.count(); i++) {
				reporters.add(reporter);
			}
		});
		List<ProblemType> problems = expand(PROBLEMS);
		Collections.shuffle(problems, new Random(2024_01_01L));
		List<DemoEmergency> emergencies = new ArrayList<>();
		for (int i = 0; i < reporters.size(); i++) {
			LocalDateTime calledAt = LocalDate.of(2024, 1, 10).plusDays(i * 17L).atTime(9 + (i * 5) % 11, (i * 13) % 60);
			emergencies.add(new DemoEmergency(reporters.get(i), problems.get(i), calledAt, i));
		}
		return emergencies;
	}

	private static List<LocalDate> workingDays(Period period) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !HOLIDAYS.contains(day)) {
				days.add(day);
			}
		}
		return days;
	}

	private static <T> List<T> expand(Map<T, Integer> counts) {
		List<T> items = new ArrayList<>();
		counts.forEach((item, count) -> {
			for (int i = 0; i < count; i++) {
				items.add(item);
			}
		});
		return items;
	}

	@SuppressWarnings("unchecked")
	private static <K> Map<K, Integer> ordered(Object... keysAndCounts) {
		Map<K, Integer> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndCounts.length; i += 2) {
			map.put((K) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
		}
		return Collections.unmodifiableMap(map);
	}

	/** A reporting entity of the published table and how many emergencies it reported. */
	record Reporter(ReportingEntityKind kind, @Nullable String name, String municipality, int count) {
	}

	record DemoEmergency(Reporter reporter, ProblemType problem, LocalDateTime calledAt, int seed) {
	}

	/**
	 * One invented request.
	 *
	 * @param seed varies the invented household (names, ages, number of children)
	 */
	record DemoRequest(String municipality, LocalDate requestedOn, HousingSituation situation,
			HouseholdComposition composition, int seed) {
	}
}
