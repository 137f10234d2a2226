package it.casa.monitoring.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import it.casa.casework.CaseId;
import it.casa.casework.CaseService;
import it.casa.casework.Consent;
import it.casa.casework.ConsentScope;
import it.casa.casework.HousingSituation;
import it.casa.casework.InterviewPlan;
import it.casa.casework.InterviewService;
import it.casa.casework.NewActivationRequest;
import it.casa.casework.ReportedHousingSituation;
import it.casa.monitoring.FigureQuery;
import it.casa.monitoring.MonitoringService;
import it.casa.monitoring.demo.PressKit.DemoEmergency;
import it.casa.monitoring.demo.PressKit.DemoRequest;
import it.casa.emergency.Closure;
import it.casa.emergency.EmergencyService;
import it.casa.emergency.EmergencyView;
import it.casa.emergency.NewEmergency;
import it.casa.emergency.PeopleInvolved;
import it.casa.emergency.Problem;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntity;
import it.casa.platform.BackgroundWork;
import it.casa.platform.CurrentUser;
import it.casa.platform.Role;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;

/**
 * Loads the demo data at start-up with the {@code demo} profile; refuses to start with {@code prod}. Every request is
 * filed by an invented operator of its municipality through {@link CaseService}, with the date it was received, and
 * the interviews are scheduled by an invented agency operator through {@link InterviewService}: the events flow to
 * monitoring (and to every other listener) exactly as in real use. The 2024 emergencies are reported through
 * {@link EmergencyService} with the time of the call, and closed without hand-over. Runs once: if the period already has requests,
 * it does nothing.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	/** What the three emergencies outside the published categories were about (invented). */
	private static final List<String> OTHER_PROBLEMS = List.of("Persona anziana sola in alloggio non più sicuro",
			"Nucleo ospitato in struttura in chiusura", "Richiesta di accoglienza notturna in periodo di freddo");

	static final CurrentUser AGENCY = new CurrentUser("demo.agenzia", "Dati dimostrativi (Agenzia)",
			Set.of(Role.AGENCY_OPERATOR), null, null);

	private final BackgroundWork work;

	private final CaseService cases;

	private final InterviewService interviews;

	private final MonitoringService monitoring;

	private final EmergencyService emergencies;

	DemoDataLoader(Environment environment, BackgroundWork work, CaseService cases, InterviewService interviews,
			MonitoringService monitoring, EmergencyService emergencies) {
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException("The demo data is invented and must never be loaded in production: "
					+ "remove the demo profile");
		}
		this.work = work;
		this.cases = cases;
		this.interviews = interviews;
		this.monitoring = monitoring;
		this.emergencies = emergencies;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		long existing = work.callAs(null, AGENCY,
				() -> monitoring.figures(FigureQuery.of(PressKit.LOADED_CHECK)).requests().total());
		if (existing > 0) {
			log.info("Demo data: {} requests already in March-May 2025, nothing loaded", existing);
			return;
		}
		log.info("Demo data: filing the invented requests of the press kit's Fotografia (April-May 2025)");
		List<Filed> filed = new ArrayList<>();
		for (DemoRequest request : PressKit.allRequests()) {
			filed.add(new Filed(request, file(request)));
		}
		int scheduled = scheduleInterviews(filed);
		int reported = 0;
		for (DemoEmergency emergency : PressKit.emergencies()) {
			report(emergency);
			reported++;
		}
		log.info("Demo data: {} activation requests, {} interviews and {} emergencies filed", filed.size(), scheduled,
				reported);
	}

	private CaseId file(DemoRequest request) {
		TenantId municipality = TenantId.of(request.municipality());
		CurrentUser operator = municipalOperator(request.municipality());
		ReportedHousingSituation housing = request.situation() == HousingSituation.EVICTION_IN_PROGRESS
				? ReportedHousingSituation.evictionInProgress(request.requestedOn().plusDays(45 + request.seed() % 40))
				: ReportedHousingSituation.of(request.situation());
		NewActivationRequest activation = new NewActivationRequest(null,
				InventedHouseholds.of(request.composition(), request.requestedOn(), request.seed()), housing, null,
				new Consent(request.requestedOn(), Set.of(ConsentScope.CASE_WORK)));
		return work.callAs(municipality, operator, () -> cases.fileReceivedOn(activation, request.requestedOn()).id());
	}

	/** An emergency of 2024, reported by the municipality's operator with the time of the call, and closed. */
	private void report(DemoEmergency emergency) {
		TenantId municipality = TenantId.of(emergency.reporter().municipality());
		CurrentUser operator = municipalOperator(emergency.reporter().municipality());
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
		work.runAs(municipality, operator, () -> {
			EmergencyView view = emergencies.report(report);
			emergencies.close(view.id(), view.version(),
					Closure.withoutHandOver("Intervento concluso nel 2024 (dati dimostrativi)"));
		});
	}

	private static CurrentUser municipalOperator(String municipality) {
		return new CurrentUser("demo.comune." + municipality, "Dati dimostrativi (Comune)",
				Set.of(Role.MUNICIPAL_OPERATOR), TenantId.of(municipality), null);
	}

	/** Nine joint interviews in April, each a few days after its request. */
	private int scheduleInterviews(List<Filed> filed) {
		int scheduled = 0;
		for (Filed one : filed) {
			LocalDate day = one.request().requestedOn().plusDays(3);
			if (scheduled == PressKit.INTERVIEWS_IN_APRIL || day.getMonthValue() != 4
					|| !PressKit.REQUEST_PERIOD.contains(one.request().requestedOn())) {
				continue;
			}
			InterviewPlan plan = new InterviewPlan(day.atTime(LocalTime.of(10, 0)).atZone(DistrictClock.ZONE).toOffsetDateTime(),
					"Sede dell'Agenzia per l'abitare", List.of("Assistente sociale del Comune", "Operatrice dell'Agenzia"));
			work.runAs(TenantId.of(one.request().municipality()), AGENCY, () -> interviews.schedule(one.id(), plan));
			scheduled++;
		}
		return scheduled;
	}

	private record Filed(DemoRequest request, CaseId id) {
	}
}
