package it.casa.emergency.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntityKind;

/** The agency's published figures of the social emergency service (press kit, 2024) and the invented calls that make them. */
final class PressKitEmergencies {

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
	 * outside the published categories: the published tables add up to 21 and 18. In the published order, which is the
	 * order of the problem types.
	 */
	static final Map<ProblemType, Integer> PROBLEMS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
			ProblemType.HOUSE_FIRE, 3, ProblemType.EXECUTIVE_EVICTION, 3, ProblemType.SENT_AWAY_BY_HOST, 1,
			ProblemType.FLOODING, 1, ProblemType.WATER_CUT_OFF_FOR_ARREARS, 2, ProblemType.NO_DWELLING, 2,
			ProblemType.UNACCOMPANIED_FOREIGN_MINORS, 6, ProblemType.OTHER, 3)));

	private PressKitEmergencies() {
	}

	/** The 21 emergencies of 2024: reporters and problems as published, matched at random, one every 17 days or so. */
	static List<DemoEmergency> emergencies() {
		List<Reporter> reporters = new ArrayList<>();
		REPORTERS.forEach(reporter -> {
			for (int i = 0; i < reporter.count(); i++) {
				reporters.add(reporter);
			}
		});
		List<ProblemType> problems = new ArrayList<>();
		PROBLEMS.forEach((problem, count) -> {
			for (int i = 0; i < count; i++) {
				problems.add(problem);
			}
		});
		Collections.shuffle(problems, new Random(2024_01_01L));
		List<DemoEmergency> emergencies = new ArrayList<>();
		for (int i = 0; i < reporters.size(); i++) {
			LocalDateTime calledAt = LocalDate.of(2024, 1, 10).plusDays(i * 17L).atTime(9 + (i * 5) % 11, (i * 13) % 60);
			emergencies.add(new DemoEmergency(reporters.get(i), problems.get(i), calledAt, i));
		}
		return emergencies;
	}

	/** A reporting entity of the published table and how many emergencies it reported. */
	record Reporter(ReportingEntityKind kind, @Nullable String name, String municipality, int count) {
	}

	record DemoEmergency(Reporter reporter, ProblemType problem, LocalDateTime calledAt, int seed) {
	}
}
