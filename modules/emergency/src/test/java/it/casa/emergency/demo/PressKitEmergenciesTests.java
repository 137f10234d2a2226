package it.casa.emergency.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.casa.emergency.ProblemType;

/** The invented 2024 emergencies add up to the press kit's published tables before anything is reported. */
class PressKitEmergenciesTests {

	@Test
	void emergenciesOf2024AreThePublishedTwentyOneWithEighteenInThePublishedProblems() {
		List<PressKitEmergencies.DemoEmergency> emergencies = PressKitEmergencies.emergencies();
		assertThat(emergencies).hasSize(21)
			.allSatisfy(emergency -> assertThat(emergency.calledAt().getYear()).isEqualTo(2024));
		Map<ProblemType, Integer> problems = new LinkedHashMap<>();
		emergencies.forEach(emergency -> problems.merge(emergency.problem(), 1, Integer::sum));
		assertThat(problems).containsExactlyInAnyOrderEntriesOf(PressKitEmergencies.PROBLEMS);
		assertThat(emergencies.stream().filter(emergency -> emergency.problem() != ProblemType.OTHER)).hasSize(18);
		Map<String, Integer> reporters = new LinkedHashMap<>();
		emergencies.forEach(emergency -> reporters.merge(emergency.reporter().kind() + " " + emergency.reporter().name(),
				1, Integer::sum));
		assertThat(reporters.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(21);
		assertThat(reporters).containsEntry("MUNICIPALITY San Giuliano Milanese", 15);
	}
}
