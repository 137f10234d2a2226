package it.casa.casework.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
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
import it.casa.casework.demo.PressKitRequests.DemoRequest;
import it.casa.platform.BackgroundWork;
import it.casa.platform.CurrentUser;
import it.casa.platform.DemoData;
import it.casa.platform.Role;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;

/**
 * Case work's demo data: every request is filed by an invented operator of its municipality through
 * {@link CaseService}, with the date it was received, and nine April interviews are scheduled by an invented agency
 * operator through {@link InterviewService}; the events flow to monitoring (and every other listener) exactly as in
 * real use.
 */
@Component
@Order(100)
class CaseworkDemoData implements DemoData {

	static final CurrentUser AGENCY = new CurrentUser("demo.agenzia", "Dati dimostrativi (Agenzia)",
			Set.of(Role.AGENCY_OPERATOR), null, null);

	private final BackgroundWork work;

	private final CaseService cases;

	private final InterviewService interviews;

	CaseworkDemoData(BackgroundWork work, CaseService cases, InterviewService interviews) {
		this.work = work;
		this.cases = cases;
		this.interviews = interviews;
	}

	@Override
	public String module() {
		return "casework";
	}

	@Override
	public void load() {
		List<Filed> filed = new ArrayList<>();
		for (DemoRequest request : PressKitRequests.allRequests()) {
			filed.add(new Filed(request, file(request)));
		}
		scheduleInterviews(filed);
	}

	private CaseId file(DemoRequest request) {
		TenantId municipality = TenantId.of(request.municipality());
		ReportedHousingSituation housing = request.situation() == HousingSituation.EVICTION_IN_PROGRESS
				? ReportedHousingSituation.evictionInProgress(request.requestedOn().plusDays(45 + request.seed() % 40))
				: ReportedHousingSituation.of(request.situation());
		NewActivationRequest activation = new NewActivationRequest(null,
				InventedHouseholds.of(request.composition(), request.requestedOn(), request.seed()), housing, null,
				new Consent(request.requestedOn(), Set.of(ConsentScope.CASE_WORK)));
		return work.callAs(municipality, municipalOperator(request.municipality()),
				() -> cases.fileReceivedOn(activation, request.requestedOn()).id());
	}

	/** Nine joint interviews in April, each a few days after its request. */
	private void scheduleInterviews(List<Filed> filed) {
		int scheduled = 0;
		for (Filed one : filed) {
			LocalDate day = one.request().requestedOn().plusDays(3);
			if (scheduled == PressKitRequests.INTERVIEWS_IN_APRIL || day.getMonthValue() != 4
					|| !PressKitRequests.inThePeriod(one.request().requestedOn())) {
				continue;
			}
			InterviewPlan plan = new InterviewPlan(day.atTime(LocalTime.of(10, 0)).atZone(DistrictClock.ZONE).toOffsetDateTime(),
					"Sede dell'Agenzia per l'abitare", List.of("Assistente sociale del Comune", "Operatrice dell'Agenzia"));
			work.runAs(TenantId.of(one.request().municipality()), AGENCY, () -> interviews.schedule(one.id(), plan));
			scheduled++;
		}
	}

	private static CurrentUser municipalOperator(String municipality) {
		return new CurrentUser("demo.comune." + municipality, "Dati dimostrativi (Comune)",
				Set.of(Role.MUNICIPAL_OPERATOR), TenantId.of(municipality), null);
	}

	private record Filed(DemoRequest request, CaseId id) {
	}
}
