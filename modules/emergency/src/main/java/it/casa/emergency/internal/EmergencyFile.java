package it.casa.emergency.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import it.casa.emergency.Closure;
import it.casa.emergency.EmergencyClosed;
import it.casa.emergency.EmergencyClosedException;
import it.casa.emergency.EmergencyDetailsCorrected;
import it.casa.emergency.EmergencyHandedOver;
import it.casa.emergency.EmergencyId;
import it.casa.emergency.EmergencyPeopleUpdated;
import it.casa.emergency.EmergencyReclassified;
import it.casa.emergency.EmergencyReferral;
import it.casa.emergency.EmergencyReported;
import it.casa.emergency.EmergencyStatus;
import it.casa.emergency.EmergencyView;
import it.casa.emergency.FollowUpItemMarked;
import it.casa.emergency.FollowUpKind;
import it.casa.emergency.HandOverIncompleteException;
import it.casa.emergency.ImmediateMeasure;
import it.casa.emergency.ImmediateMeasureRecorded;
import it.casa.emergency.IntakeCorrection;
import it.casa.emergency.InvalidEmergencyDataException;
import it.casa.emergency.NewEmergency;
import it.casa.emergency.OperatorSide;
import it.casa.emergency.PeopleInvolved;
import it.casa.emergency.Problem;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntity;
import it.casa.emergency.ReportingEntityKind;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;
import it.casa.platform.module.Stamp;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The emergency aggregate: intake, the people involved, the immediate measures, the follow-up checklist and the
 * closure. Every change registers its event, published when the repository saves the aggregate.
 */
@Entity
@Table(name = "emergency")
class EmergencyFile extends AbstractAggregateRoot<EmergencyFile> {

	/** A call a few minutes "in the future" is a clock slightly off on the caller's device, not an error. */
	static final java.time.Duration CLOCK_TOLERANCE = java.time.Duration.ofMinutes(5);

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Enumerated(EnumType.STRING)
	private EmergencyStatus status;

	private Instant calledAt;

	@Embedded
	@EmbeddedColumnNaming("reported_%s")
	private Stamp reported;

	@Enumerated(EnumType.STRING)
	private OperatorSide reportedBySide;

	@Enumerated(EnumType.STRING)
	private ReportingEntityKind reportingEntityKind;

	private @Nullable String reportingEntityName;

	@Enumerated(EnumType.STRING)
	private ProblemType problemType;

	private @Nullable String problemDescription;

	private @Nullable String place;

	private int peopleCount;

	private int minors;

	private boolean fragileMembers;

	private @Nullable String contactPhone;

	@ElementCollection
	@CollectionTable(name = "emergency_person", joinColumns = @JoinColumn(name = "emergency_id"))
	@OrderColumn(name = "list_index")
	private List<PersonEntry> persons = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "emergency_measure", joinColumns = @JoinColumn(name = "emergency_id"))
	@OrderColumn(name = "list_index")
	private List<MeasureEntry> measures = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "emergency_follow_up", joinColumns = @JoinColumn(name = "emergency_id"))
	@OrderColumn(name = "list_index")
	private List<FollowUpItem> followUp = new ArrayList<>();

	@Embedded
	private @Nullable ClosureRecord closure;

	private Instant updatedAt;

	private String updatedBy;

	protected EmergencyFile() {
		// for JPA
	}

	/**
	 * A new emergency as taken on the phone. The checklist runs from the time of the call; the municipality is
	 * informed at once when it reported the emergency or its own operator recorded it.
	 */
	static EmergencyFile report(WorkContext work, NewEmergency intake) {
		Instant calledAt = intake.calledAt() == null ? work.now() : intake.calledAt();
		if (calledAt.isAfter(work.now().plus(CLOCK_TOLERANCE))) {
			throw new InvalidEmergencyDataException("calledAt.future", "The call cannot be in the future");
		}
		EmergencyFile file = new EmergencyFile();
		file.id = UUID.randomUUID();
		file.status = EmergencyStatus.OPEN;
		file.calledAt = calledAt;
		file.reported = Stamp.of(work);
		file.reportedBySide = OperatorSide.of(work.user());
		file.apply(intake.reportingEntity(), intake.problem(), intake.place());
		file.apply(intake.people());
		for (FollowUpKind kind : FollowUpKind.values()) {
			file.followUp.add(FollowUpItem.dueAfter(kind, calledAt));
		}
		if (intake.reportingEntity().kind() == ReportingEntityKind.MUNICIPALITY
				|| OperatorSide.of(work.user()) == OperatorSide.MUNICIPALITY) {
			file.item(FollowUpKind.MUNICIPALITY_INFORMED).markDone(work.now(), work.staff(), null);
		}
		file.touch(work);
		file.registerEvent(new EmergencyReported(work.tenant(), file.id(), calledAt, file.reportingEntityKind,
				file.reportingEntityName, file.problemType, file.peopleCount, file.minors > 0));
		return file;
	}

	void correctIntake(WorkContext work, IntakeCorrection correction) {
		requireOpen();
		boolean reclassified = correction.reportingEntity().kind() != reportingEntityKind
				|| !Objects.equals(correction.reportingEntity().name(), reportingEntityName)
				|| correction.problem().type() != problemType;
		apply(correction.reportingEntity(), correction.problem(), correction.place());
		touch(work);
		if (reclassified) {
			registerEvent(new EmergencyReclassified(work.tenant(), id(), reportingEntityKind, reportingEntityName,
					problemType));
		}
		else {
			registerEvent(new EmergencyDetailsCorrected(work.tenant(), id(), work.now()));
		}
	}

	void updatePeople(WorkContext work, PeopleInvolved people) {
		requireOpen();
		apply(people);
		touch(work);
		registerEvent(new EmergencyPeopleUpdated(work.tenant(), id(), peopleCount, minors > 0, work.now()));
	}

	/** A new measure becomes the current one; the placement item of the checklist is done with the first. */
	void recordMeasure(WorkContext work, ImmediateMeasure measure) {
		requireOpen();
		if (measure.until() != null && measure.until().isBefore(DistrictClock.dateOf(calledAt))) {
			throw new InvalidEmergencyDataException("measure.until.beforeCall",
					"The measure cannot end before the day of the call");
		}
		measures.add(MeasureEntry.of(work, measure));
		touch(work);
		registerEvent(new ImmediateMeasureRecorded(work.tenant(), id(), measure.kind(), measure.until(), measure.cost(),
				measure.offerReference(), work.now()));
		FollowUpItem placement = item(FollowUpKind.PLACEMENT_ARRANGED);
		if (!placement.isDone()) {
			placement.markDone(work.now(), work.staff(), null);
			registerEvent(new FollowUpItemMarked(work.tenant(), id(), FollowUpKind.PLACEMENT_ARRANGED, true,
					placement.dueAt(), work.now()));
		}
	}

	void markFollowUp(WorkContext work, FollowUpKind kind, boolean done, @Nullable String note) {
		requireOpen();
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > FollowUpItem.MAX_NOTE_LENGTH) {
			throw new InvalidEmergencyDataException("followUp.note.tooLong",
					"The note is longer than " + FollowUpItem.MAX_NOTE_LENGTH + " characters",
					Map.of("maxLength", Integer.toString(FollowUpItem.MAX_NOTE_LENGTH)));
		}
		FollowUpItem item = item(kind);
		if (done) {
			item.markDone(work.now(), work.staff(), text);
		}
		else {
			item.markNotDone(text);
		}
		touch(work);
		registerEvent(new FollowUpItemMarked(work.tenant(), id(), kind, done, item.dueAt(), work.now()));
	}

	/**
	 * Closes the emergency; a hand-over needs what case work needs ({@link #handOverMissing()}) and raises
	 * {@link EmergencyHandedOver} before {@link EmergencyClosed}.
	 */
	void close(WorkContext work, Closure closure) {
		requireOpen();
		if (closure.handOver()) {
			List<String> missing = handOverMissing();
			if (!missing.isEmpty()) {
				throw new HandOverIncompleteException(missing);
			}
			if (closure.consentGivenOn() != null && closure.consentGivenOn().isAfter(DistrictClock.dateOf(work.now()))) {
				throw new InvalidEmergencyDataException("closure.consent.future", "Consent cannot be given in the future");
			}
		}
		status = EmergencyStatus.CLOSED;
		this.closure = ClosureRecord.of(work, closure);
		touch(work);
		if (closure.handOver()) {
			registerEvent(new EmergencyHandedOver(work.tenant(), id(), work.now()));
		}
		registerEvent(new EmergencyClosed(work.tenant(), id(), work.now(), closure.handOver()));
	}

	/**
	 * What case work needs and the emergency lacks: everyone involved named, with birth date, sex and role, one of
	 * them the reference person. Stable keys, in the order of the form.
	 */
	List<String> handOverMissing() {
		List<String> missing = new ArrayList<>();
		if (persons.stream().noneMatch(PersonEntry::isReferencePerson)) {
			missing.add("people.referencePerson.missing");
		}
		if (persons.size() < peopleCount) {
			missing.add("people.persons.notAllNamed");
		}
		for (int i = 0; i < persons.size(); i++) {
			for (String field : persons.get(i).toPerson().missingForHandOver()) {
				missing.add("people.persons[" + i + "]." + field + ".missing");
			}
		}
		return missing;
	}

	/** What case work needs to open the case; only for an emergency handed over. */
	Optional<EmergencyReferral> referral(TenantId tenant) {
		ClosureRecord closed = closure;
		if (status != EmergencyStatus.CLOSED || closed == null || !closed.handedOver() || closed.consentGivenOn() == null) {
			return Optional.empty();
		}
		MeasureEntry current = measures.isEmpty() ? null : measures.get(measures.size() - 1);
		return Optional.of(new EmergencyReferral(tenant, id(), problemType, problemDescription, place, calledAt,
				closed.closedAt(), peopleCount, minors, fragileMembers, persons.stream().map(PersonEntry::toPerson).toList(),
				contactPhone, closed.consentGivenOn(), closed.closed().by(), closed.side(),
				current == null ? null : current.kind(), current == null ? null : current.untilDate(), closed.closingNote()));
	}

	void requireOpen() {
		if (status != EmergencyStatus.OPEN) {
			throw new EmergencyClosedException();
		}
	}

	private void apply(ReportingEntity reportingEntity, Problem problem, @Nullable String place) {
		this.reportingEntityKind = reportingEntity.kind();
		this.reportingEntityName = reportingEntity.name();
		this.problemType = problem.type();
		this.problemDescription = problem.description();
		this.place = place;
	}

	private void apply(PeopleInvolved people) {
		this.peopleCount = people.count();
		this.minors = people.minors();
		this.fragileMembers = people.fragileMembers();
		this.contactPhone = people.contactPhone();
		this.persons.clear();
		people.persons().forEach(person -> this.persons.add(PersonEntry.of(person)));
	}

	private FollowUpItem item(FollowUpKind kind) {
		return followUp.stream().filter(item -> item.kind() == kind).findFirst().orElseThrow();
	}

	private void touch(WorkContext work) {
		updatedAt = work.now();
		updatedBy = work.user().userId();
	}

	EmergencyId id() {
		return EmergencyId.of(id);
	}

	long version() {
		return version == null ? 0 : version;
	}

	EmergencyStatus status() {
		return status;
	}

	/** When the earliest open item of the checklist is due, while the emergency is open. */
	@Nullable Instant nextDueAt() {
		if (status != EmergencyStatus.OPEN) {
			return null;
		}
		return followUp.stream().filter(item -> !item.isDone()).map(FollowUpItem::dueAt).min(Comparator.naturalOrder())
			.orElse(null);
	}

	EmergencyView view(TenantId municipality, Instant now) {
		List<EmergencyView.MeasureView> measureViews = measures.stream().map(MeasureEntry::view).toList();
		List<EmergencyView.FollowUpItemView> items = followUp.stream()
			.sorted(Comparator.comparing(FollowUpItem::dueAt))
			.map(item -> item.view(now))
			.toList();
		boolean open = status == EmergencyStatus.OPEN;
		return new EmergencyView(id(), version(), municipality.value(), status, calledAt, reported.at(), reported.by(),
				new ReportingEntity(reportingEntityKind, reportingEntityName),
				new Problem(problemType, problemDescription), place,
				new PeopleInvolved(peopleCount, minors, fragileMembers, persons.stream().map(PersonEntry::toPerson).toList(),
						contactPhone),
				measureViews.isEmpty() ? null : measureViews.get(measureViews.size() - 1), measureViews, items,
				open && items.stream().anyMatch(EmergencyView.FollowUpItemView::overdue),
				closure == null ? null : closure.view(),
				open ? handOverMissing() : List.of());
	}
}
