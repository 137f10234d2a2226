package it.casa.emergency.demo;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import it.casa.emergency.Closure;
import it.casa.emergency.EmergencyService;
import it.casa.emergency.EmergencyView;
import it.casa.emergency.NewEmergency;
import it.casa.emergency.PeopleInvolved;
import it.casa.emergency.Problem;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntity;
import it.casa.emergency.demo.PressKitEmergencies.DemoEmergency;
import it.casa.platform.BackgroundWork;
import it.casa.platform.CurrentUser;
import it.casa.platform.DemoData;
import it.casa.platform.Role;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;

/**
 * Emergency's demo data: the 2024 emergencies are reported by an invented operator of their municipality through
 * {@link EmergencyService} with the time of the call, and closed without hand-over.
 */
@Component
@Order(200)
class EmergencyDemoData implements DemoData {

	/** What the three emergencies outside the published categories were about (invented). */
	private static final List<String> OTHER_PROBLEMS = List.of("Persona anziana sola in alloggio non più sicuro",
			"Nucleo ospitato in struttura in chiusura", "Richiesta di accoglienza notturna in periodo di freddo");

	private final BackgroundWork work;

	private final EmergencyService emergencies;

	EmergencyDemoData(BackgroundWork work, EmergencyService emergencies) {
		this.work = work;
		this.emergencies = emergencies;
	}

	@Override
	public String module() {
		return "emergency";
	}

	@Override
	public void load() {
		PressKitEmergencies.emergencies().forEach(this::report);
	}

	/** An emergency of 2024, reported by the municipality's operator with the time of the call, and closed. */
	private void report(DemoEmergency emergency) {
		TenantId municipality = TenantId.of(emergency.reporter().municipality());
		Problem problem = emergency.problem() == ProblemType.OTHER
				? new Problem(ProblemType.OTHER, OTHER_PROBLEMS.get(emergency.seed() % OTHER_PROBLEMS.size()))
				: Problem.of(emergency.problem());
		int people = switch (emergency.problem()) {
			case HOUSE_FIRE -> 4;
			case EXECUTIVE_EVICTION, WATER_CUT_OFF_FOR_ARREARS -> 3;
			case FLOODING -> 2;
			default -> 1;
		};
		int minors = switch (emergency.problem()) {
			case HOUSE_FIRE -> 2;
			case EXECUTIVE_EVICTION, WATER_CUT_OFF_FOR_ARREARS, UNACCOMPANIED_FOREIGN_MINORS -> 1;
			default -> 0;
		};
		ReportingEntity reporter = new ReportingEntity(emergency.reporter().kind(), emergency.reporter().name());
		NewEmergency report = new NewEmergency(emergency.calledAt().atZone(DistrictClock.ZONE).toInstant(), reporter, problem, null,
				PeopleInvolved.count(people, minors, false));
		CurrentUser operator = new CurrentUser("demo.comune." + municipality, "Dati dimostrativi (Comune)",
				Set.of(Role.MUNICIPAL_OPERATOR), municipality, null);
		work.runAs(municipality, operator, () -> {
			EmergencyView view = emergencies.report(report);
			emergencies.close(view.id(), view.version(),
					Closure.withoutHandOver("Intervento concluso nel 2024 (dati dimostrativi)"));
		});
	}
}
