package it.casa.casework.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import it.casa.casework.HouseholdComposition;
import it.casa.casework.HousingSituation;

/**
 * The agency's published figures of activation requests (press kit, "Fotografia da aprile a maggio 2025") and the
 * invented requests that reproduce them. The press kit's household compositions add up to 48 for 44 requests; CASA
 * counts compositions over the households in care in the period, so four invented requests of March 2025, still open
 * in April, make up the difference and the tables read exactly as published.
 */
final class PressKitRequests {

	/** April and May 2025. */
	static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);

	static final LocalDate LAST_DAY = YearMonth.of(2025, 5).atEndOfMonth();

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

	private PressKitRequests() {
	}

	static boolean inThePeriod(LocalDate day) {
		return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
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
		List<LocalDate> days = workingDays();
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

	private static List<LocalDate> workingDays() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
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

	/**
	 * One invented request.
	 *
	 * @param seed varies the invented household (names, ages, number of children)
	 */
	record DemoRequest(String municipality, LocalDate requestedOn, HousingSituation situation,
			HouseholdComposition composition, int seed) {
	}
}
