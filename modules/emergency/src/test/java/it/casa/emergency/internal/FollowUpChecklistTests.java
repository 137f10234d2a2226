package it.casa.emergency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.casa.emergency.Closure;
import it.casa.emergency.EmergencyClosedException;
import it.casa.emergency.EmergencyView;
import it.casa.emergency.EmergencyView.FollowUpItemView;
import it.casa.emergency.FollowUpKind;
import it.casa.emergency.HandOverIncompleteException;
import it.casa.emergency.ImmediateMeasure;
import it.casa.emergency.InvalidEmergencyDataException;
import it.casa.emergency.InvolvedPerson;
import it.casa.emergency.MeasureKind;
import it.casa.emergency.NewEmergency;
import it.casa.emergency.PeopleInvolved;
import it.casa.emergency.Problem;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntity;
import it.casa.emergency.ReportingEntityKind;
import it.casa.platform.CurrentUser;
import it.casa.platform.Relationship;
import it.casa.platform.Role;
import it.casa.platform.Sex;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;
import it.casa.platform.module.WorkContext;

/** The follow-up checklist: due times from the call, overdue as time passes, done by the right actions. */
class FollowUpChecklistTests {

	static final TenantId MELEGNANO = TenantId.of("melegnano");

	static final Instant CALL = Instant.parse("2026-11-20T21:30:00Z");

	static final CurrentUser AGENCY = new CurrentUser("agenzia.operatrice", "Operatrice", Set.of(Role.AGENCY_OPERATOR),
			null, null);

	static final CurrentUser MUNICIPALITY = new CurrentUser("operatore.melegnano", "Operatore",
			Set.of(Role.MUNICIPAL_OPERATOR), MELEGNANO, null);

	@Test
	void everyItemIsDueAFixedTimeAfterTheCallNotAfterTheIntake() {
		// given: a call written up two hours later
		EmergencyFile file = reportedBy(AGENCY, ReportingEntityKind.CARABINIERI, CALL.plus(Duration.ofHours(2)));

		assertThat(file.view(MELEGNANO, CALL).followUp()).extracting(FollowUpItemView::kind, FollowUpItemView::dueAt)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(FollowUpKind.PLACEMENT_ARRANGED, CALL.plus(Duration.ofHours(12))),
					org.assertj.core.groups.Tuple.tuple(FollowUpKind.HOUSEHOLD_CONTACTED, CALL.plus(Duration.ofHours(24))),
					org.assertj.core.groups.Tuple.tuple(FollowUpKind.MUNICIPALITY_INFORMED, CALL.plus(Duration.ofHours(24))),
					org.assertj.core.groups.Tuple.tuple(FollowUpKind.REVIEW_72_HOURS, CALL.plus(Duration.ofHours(72))));
	}

	@Test
	void anItemIsOverdueOnlyOnceItsTimeHasPassedAndWhileItIsNotDone() {
		EmergencyFile file = reportedBy(AGENCY, ReportingEntityKind.CARABINIERI, CALL);
		Clock clock = Clock.fixed(CALL.plus(Duration.ofHours(12)), ZoneOffset.UTC);
		DistrictClock time = new DistrictClock(clock);

		// exactly at its due time the placement is not overdue yet
		assertThat(item(file.view(MELEGNANO, time.now()), FollowUpKind.PLACEMENT_ARRANGED).overdue()).isFalse();
		assertThat(file.view(MELEGNANO, time.now()).overdue()).isFalse();

		// a minute later it is, and so is the emergency
		Instant later = CALL.plus(Duration.ofHours(12)).plusSeconds(60);
		assertThat(item(file.view(MELEGNANO, later), FollowUpKind.PLACEMENT_ARRANGED).overdue()).isTrue();
		assertThat(item(file.view(MELEGNANO, later), FollowUpKind.HOUSEHOLD_CONTACTED).overdue()).isFalse();
		assertThat(file.view(MELEGNANO, later).overdue()).isTrue();
		assertThat(file.nextDueAt()).isEqualTo(CALL.plus(Duration.ofHours(12)));

		// recording where the household sleeps does the placement item
		file.recordMeasure(work(AGENCY, later), ImmediateMeasure.of(MeasureKind.HOTEL));
		assertThat(item(file.view(MELEGNANO, later), FollowUpKind.PLACEMENT_ARRANGED).doneAt()).isEqualTo(later);
		assertThat(file.view(MELEGNANO, later).overdue()).isFalse();
		assertThat(file.nextDueAt()).isEqualTo(CALL.plus(Duration.ofHours(24)));

		// three days on, what is still open is overdue; undoing a done item makes it overdue again
		Instant fourDaysOn = CALL.plus(Duration.ofDays(4));
		EmergencyView view = file.view(MELEGNANO, fourDaysOn);
		assertThat(view.followUp()).filteredOn(FollowUpItemView::overdue)
			.extracting(FollowUpItemView::kind)
			.containsExactly(FollowUpKind.HOUSEHOLD_CONTACTED, FollowUpKind.MUNICIPALITY_INFORMED,
					FollowUpKind.REVIEW_72_HOURS);
		file.markFollowUp(work(AGENCY, fourDaysOn), FollowUpKind.PLACEMENT_ARRANGED, false, "Wrong family");
		assertThat(item(file.view(MELEGNANO, fourDaysOn), FollowUpKind.PLACEMENT_ARRANGED).overdue()).isTrue();
	}

	@Test
	void theMunicipalityIsInformedAtOnceWhenItReportedOrRecordedTheEmergency() {
		assertThat(item(reportedBy(AGENCY, ReportingEntityKind.MUNICIPALITY, CALL).view(MELEGNANO, CALL),
				FollowUpKind.MUNICIPALITY_INFORMED).doneAt()).isEqualTo(CALL);
		assertThat(item(reportedBy(MUNICIPALITY, ReportingEntityKind.CARABINIERI, CALL).view(MELEGNANO, CALL),
				FollowUpKind.MUNICIPALITY_INFORMED).doneAt()).isEqualTo(CALL);
		assertThat(item(reportedBy(AGENCY, ReportingEntityKind.CARABINIERI, CALL).view(MELEGNANO, CALL),
				FollowUpKind.MUNICIPALITY_INFORMED).doneAt()).isNull();
	}

	@Test
	void aClosedEmergencyHasNothingOverdueAndTakesNoChange() {
		EmergencyFile file = reportedBy(AGENCY, ReportingEntityKind.POLICE, CALL);
		Instant later = CALL.plus(Duration.ofDays(5));
		file.close(work(AGENCY, later), Closure.withoutHandOver("Returned home after the repairs"));

		assertThat(file.view(MELEGNANO, later).overdue()).isFalse();
		assertThat(file.nextDueAt()).isNull();
		assertThatThrownBy(() -> file.recordMeasure(work(AGENCY, later), ImmediateMeasure.of(MeasureKind.HOTEL)))
			.isInstanceOf(EmergencyClosedException.class);
	}

	@Test
	void handOverNeedsEveryoneNamedWithWhatCaseWorkNeeds() {
		EmergencyFile file = reportedBy(AGENCY, ReportingEntityKind.FIRE_BRIGADE, CALL);
		assertThat(file.handOverMissing()).containsExactly("people.referencePerson.missing", "people.persons.notAllNamed");

		file.updatePeople(work(AGENCY, CALL), new PeopleInvolved(2, 1, false, List.of(
				new InvolvedPerson("Giada", "Alberetti", null, LocalDate.of(1988, 3, 14), Sex.FEMALE,
						Relationship.REFERENCE_PERSON),
				new InvolvedPerson("Luca", "Alberetti", null, null, null, Relationship.CHILD)), null));
		assertThat(file.handOverMissing()).containsExactly("people.persons[1].birthDate.missing",
				"people.persons[1].sex.missing");
		assertThatThrownBy(() -> file.close(work(AGENCY, CALL), Closure.handOver(LocalDate.of(2026, 11, 20))))
			.isInstanceOfSatisfying(HandOverIncompleteException.class,
					ex -> assertThat(ex.missing()).hasSize(2));
	}

	@Test
	void aCallCannotBeInTheFutureNorAMeasureEndBeforeIt() {
		assertThatThrownBy(() -> reportedBy(AGENCY, ReportingEntityKind.POLICE, CALL.minus(Duration.ofHours(1)), CALL))
			.isInstanceOfSatisfying(InvalidEmergencyDataException.class,
					ex -> assertThat(ex.code()).isEqualTo("calledAt.future"));
		EmergencyFile file = reportedBy(AGENCY, ReportingEntityKind.POLICE, CALL);
		assertThatThrownBy(() -> file.recordMeasure(work(AGENCY, CALL),
				new ImmediateMeasure(MeasureKind.HOTEL, null, null, null, LocalDate.of(2026, 11, 19), null)))
			.isInstanceOfSatisfying(InvalidEmergencyDataException.class,
					ex -> assertThat(ex.code()).isEqualTo("measure.until.beforeCall"));
	}

	private static EmergencyFile reportedBy(CurrentUser user, ReportingEntityKind kind, Instant now) {
		return reportedBy(user, kind, now, CALL);
	}

	private static EmergencyFile reportedBy(CurrentUser user, ReportingEntityKind kind, Instant now, Instant calledAt) {
		return EmergencyFile.report(work(user, now), new NewEmergency(calledAt, ReportingEntity.of(kind),
				Problem.of(ProblemType.HOUSE_FIRE), null, PeopleInvolved.count(2, 1, false)));
	}

	private static WorkContext work(CurrentUser user, Instant now) {
		return new WorkContext(MELEGNANO, user, now, DistrictClock.dateOf(now));
	}

	private static FollowUpItemView item(EmergencyView view, FollowUpKind kind) {
		return view.followUp().stream().filter(item -> item.kind() == kind).findFirst().orElseThrow();
	}
}
