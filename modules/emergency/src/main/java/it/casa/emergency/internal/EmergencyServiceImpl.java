package it.casa.emergency.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.emergency.AccommodationOffer;
import it.casa.emergency.Closure;
import it.casa.emergency.EmergencyId;
import it.casa.emergency.EmergencyService;
import it.casa.emergency.EmergencyView;
import it.casa.emergency.FollowUpKind;
import it.casa.emergency.ImmediateMeasure;
import it.casa.emergency.IntakeCorrection;
import it.casa.emergency.NewEmergency;
import it.casa.emergency.PeopleInvolved;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.module.WorkContext;

@Service
@Transactional
class EmergencyServiceImpl implements EmergencyService {

	private final EmergencyAccess access;

	private final EmergencyFiles emergencies;

	private final AccommodationOfferDirectory offers;

	private final AuditTrail audit;

	EmergencyServiceImpl(EmergencyAccess access, EmergencyFiles emergencies, AccommodationOfferDirectory offers,
			AuditTrail audit) {
		this.access = access;
		this.emergencies = emergencies;
		this.offers = offers;
		this.audit = audit;
	}

	@Override
	public EmergencyView report(NewEmergency emergency) {
		WorkContext work = access.work();
		EmergencyFile file = emergencies.saveAndFlush(EmergencyFile.report(work, emergency));
		audit.record(AuditAction.CREATE, Audit.EMERGENCY, file.id().toString());
		return file.view(work.tenant(), work.now());
	}

	@Override
	@Transactional(readOnly = true)
	public EmergencyView find(EmergencyId id) {
		WorkContext work = access.work();
		EmergencyFile file = access.readable(id);
		audit.record(AuditAction.READ, Audit.EMERGENCY, id.toString());
		return file.view(work.tenant(), work.now());
	}

	@Override
	public EmergencyView correctIntake(EmergencyId id, long expectedVersion, IntakeCorrection correction) {
		WorkContext work = access.work();
		EmergencyFile file = access.writable(id, expectedVersion);
		file.correctIntake(work, correction);
		return saved(work, file);
	}

	@Override
	public EmergencyView updatePeople(EmergencyId id, long expectedVersion, PeopleInvolved people) {
		WorkContext work = access.work();
		EmergencyFile file = access.writable(id, expectedVersion);
		file.updatePeople(work, people);
		return saved(work, file);
	}

	@Override
	public EmergencyView recordMeasure(EmergencyId id, long expectedVersion, ImmediateMeasure measure) {
		WorkContext work = access.work();
		EmergencyFile file = access.writable(id, expectedVersion);
		file.recordMeasure(work, measure);
		return saved(work, file);
	}

	@Override
	public EmergencyView markFollowUp(EmergencyId id, long expectedVersion, FollowUpKind item, boolean done,
			@Nullable String note) {
		WorkContext work = access.work();
		EmergencyFile file = access.writable(id, expectedVersion);
		file.markFollowUp(work, item, done, note);
		return saved(work, file);
	}

	@Override
	public EmergencyView close(EmergencyId id, long expectedVersion, Closure closure) {
		WorkContext work = access.work();
		EmergencyFile file = access.writable(id, expectedVersion);
		file.close(work, closure);
		return saved(work, file);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccommodationOffer> accommodationOffersTonight() {
		return offers.availableTonight(access.work().tenant());
	}

	/** Flushes so that a concurrent change fails here (409) and the view shows the new version. */
	private EmergencyView saved(WorkContext work, EmergencyFile file) {
		emergencies.saveAndFlush(file);
		audit.record(AuditAction.UPDATE, Audit.EMERGENCY, file.id().toString());
		return file.view(work.tenant(), work.now());
	}
}
