package it.casa.freemarket.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import it.casa.freemarket.InvalidOfferException;
import it.casa.freemarket.PartnerService;
import it.casa.freemarket.PartnerTerms;
import it.casa.freemarket.PartnerView;
import it.casa.freemarket.internal.Callers.Caller;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.CurrentUsers;
import it.casa.platform.DistrictReads;
import it.casa.platform.DistrictWork;
import it.casa.platform.Organisation;
import it.casa.platform.OrganisationId;
import it.casa.platform.OrganisationKind;
import it.casa.platform.OrganisationStatus;
import it.casa.platform.Organisations;
import it.casa.platform.RecordNotFoundException;
import it.casa.platform.StaffRef;
import it.casa.platform.StaleVersionException;
import it.casa.platform.TenantDirectory;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;
import it.casa.platform.module.Stamp;

/** Partners' Free Market terms, in the district's own transaction; every change and read is audited. */
@Service
class PartnerServiceImpl implements PartnerService {

	private final DistrictWork writes;

	private final DistrictReads reads;

	private final Partners partners;

	private final Organisations organisations;

	private final TenantDirectory tenants;

	private final Callers callers;

	private final CurrentUsers users;

	private final DistrictClock clock;

	private final AuditTrail audit;

	private final MunicipalityNames municipalities;

	PartnerServiceImpl(DistrictWork writes, DistrictReads reads, Partners partners, Organisations organisations,
			TenantDirectory tenants, Callers callers, CurrentUsers users, DistrictClock clock, AuditTrail audit,
			MunicipalityNames municipalities) {
		this.writes = writes;
		this.reads = reads;
		this.partners = partners;
		this.organisations = organisations;
		this.tenants = tenants;
		this.callers = callers;
		this.users = users;
		this.clock = clock;
		this.audit = audit;
		this.municipalities = municipalities;
	}

	@Override
	public PartnerView record(OrganisationId id, long expectedVersion, PartnerTerms terms) {
		return writes.run(() -> {
			Organisation organisation = organisations.find(id).orElseThrow(() -> new RecordNotFoundException("partner"));
			if (organisation.kind() != OrganisationKind.REAL_ESTATE_AGENCY) {
				throw new InvalidOfferException("partner.kind", "Only a real-estate agency is a Free Market partner");
			}
			check(terms);
			Stamp stamp = Stamp.of(clock.now(), StaffRef.of(users.require()));
			Partner partner = partners.findById(id.value()).orElse(null);
			if (partner == null) {
				StaleVersionException.requireVersion("partner", 0, expectedVersion);
				partner = new Partner(id.value(), terms, stamp);
			}
			else {
				StaleVersionException.requireVersion("partner", partner.version(), expectedVersion);
				partner.record(terms, stamp);
			}
			Partner stored = partners.saveAndFlush(partner);
			audit.record(AuditAction.UPDATE, Audit.PARTNER, id.value());
			return view(organisation, stored);
		});
	}

	@Override
	public PartnerView find(OrganisationId id) {
		return reads.read(() -> {
			Partner partner = partners.findById(id.value()).orElseThrow(() -> new RecordNotFoundException("partner"));
			Organisation organisation = organisations.find(id).orElseThrow(() -> new RecordNotFoundException("partner"));
			audit.record(AuditAction.READ, Audit.PARTNER, id.value());
			return view(organisation, partner);
		});
	}

	@Override
	public List<PartnerView> all() {
		return reads.read(() -> {
			audit.record(AuditAction.READ, Audit.PARTNER, "all");
			return partners.findAll()
				.stream()
				.flatMap(partner -> organisations.find(OrganisationId.of(partner.organisationId()))
					.map(organisation -> view(organisation, partner))
					.stream())
				.sorted(Comparator.comparing(PartnerView::name).thenComparing(PartnerView::organisation))
				.toList();
		});
	}

	@Override
	public PartnerView mine() {
		return reads.read(() -> {
			Caller caller = callers.current();
			if (caller.partner() == null) {
				throw new RecordNotFoundException("partner");
			}
			Organisation organisation = organisations.find(OrganisationId.of(caller.owner()))
				.orElseThrow(() -> new RecordNotFoundException("partner"));
			audit.record(AuditAction.READ, Audit.PARTNER, organisation.id().value());
			return view(organisation, caller.partner());
		});
	}

	private void check(PartnerTerms terms) {
		if (terms.accreditedUntil().isBefore(terms.accreditedOn())) {
			throw new InvalidOfferException("partner.accreditedUntil.beforeStart", "The accreditation ends before it starts");
		}
		if (terms.agreementUntil().isBefore(terms.agreementSignedOn())) {
			throw new InvalidOfferException("partner.agreementUntil.beforeStart", "The agreement ends before it starts");
		}
		for (String municipality : terms.municipalities()) {
			if (tenants.find(TenantId.of(municipality)).filter(tenant -> tenant.isMunicipality()).isEmpty()) {
				throw new InvalidOfferException("partner.municipalities.unknown", "No municipality of the district by that id");
			}
		}
	}

	private PartnerView view(Organisation organisation, Partner partner) {
		OrganisationStatus status = organisation.statusOn(clock.today());
		boolean inForce = status == OrganisationStatus.ACTIVE && partner.lockOn(clock.today()) == null;
		PartnerTerms terms = partner.terms();
		Map<String, String> names = new TreeMap<>();
		terms.municipalities().forEach(id -> names.put(id, municipalities.nameOf(id)));
		return new PartnerView(organisation.id().value(), organisation.name(), status, terms, names, inForce,
				partner.version());
	}
}
