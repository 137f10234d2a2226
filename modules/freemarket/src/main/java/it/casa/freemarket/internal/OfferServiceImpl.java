package it.casa.freemarket.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import it.casa.freemarket.InvalidOfferException;
import it.casa.freemarket.OfferDetails;
import it.casa.freemarket.OfferPage;
import it.casa.freemarket.OfferQuery;
import it.casa.freemarket.OfferService;
import it.casa.freemarket.OfferStatus;
import it.casa.freemarket.OfferView;
import it.casa.freemarket.internal.Callers.Caller;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.DistrictReads;
import it.casa.platform.DistrictWork;
import it.casa.platform.Organisation;
import it.casa.platform.OrganisationId;
import it.casa.platform.Organisations;
import it.casa.platform.RecordNotFoundException;
import it.casa.platform.StaleVersionException;

/**
 * Offers, always in the district's own transaction ({@link DistrictWork}, {@link DistrictReads}) whatever municipality
 * an agency operator chose: the caller is checked, the change made and audited, and all of it commits or nothing does.
 */
@Service
class OfferServiceImpl implements OfferService {

	private final DistrictWork writes;

	private final DistrictReads reads;

	private final Callers callers;

	private final Offers offers;

	private final OfferRules rules;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final MunicipalityNames municipalities;

	OfferServiceImpl(DistrictWork writes, DistrictReads reads, Callers callers, Offers offers, OfferRules rules,
			Organisations organisations, AuditTrail audit, MunicipalityNames municipalities) {
		this.writes = writes;
		this.reads = reads;
		this.callers = callers;
		this.offers = offers;
		this.rules = rules;
		this.organisations = organisations;
		this.audit = audit;
		this.municipalities = municipalities;
	}

	@Override
	public OfferView create(OfferDetails details) {
		return writes.run(() -> {
			Caller caller = callers.current();
			requireCovered(caller, details);
			Long band = rules.check(details, caller.today());
			Offer offer = offers.saveAndFlush(Offer.draft(caller.owner(), details, band, caller.stamp()));
			audit.record(AuditAction.CREATE, Audit.OFFER, offer.id().toString());
			return view(offer, new HashMap<>());
		});
	}

	@Override
	public OfferView find(UUID id) {
		return reads.read(() -> {
			Offer offer = own(callers.current(), id);
			audit.record(AuditAction.READ, Audit.OFFER, id.toString());
			return view(offer, new HashMap<>());
		});
	}

	@Override
	public OfferView change(UUID id, long expectedVersion, OfferDetails details) {
		return writes.run(() -> {
			Caller caller = callers.current();
			Offer offer = writable(caller, id, expectedVersion);
			requireCovered(caller, details);
			Long band = rules.check(details, caller.today());
			offer.change(details, band, caller.stamp());
			return saved(offer);
		});
	}

	@Override
	public OfferView move(UUID id, long expectedVersion, OfferStatus target) {
		return writes.run(() -> {
			Caller caller = callers.current();
			Offer offer = writable(caller, id, expectedVersion);
			offer.move(target, caller.stamp());
			return saved(offer);
		});
	}

	@Override
	public OfferPage mine(int page, int size) {
		return reads.read(() -> {
			Caller caller = callers.current();
			PageRequest request = PageRequest.of(page, size);
			Page<Offer> found = caller.owner() == null ? offers.ofAgency(request)
					: offers.ofPartner(caller.owner(), request);
			audit.record(AuditAction.READ, Audit.OFFER_LIST, caller.owner() == null ? "agency" : caller.owner());
			return page(found);
		});
	}

	@Override
	public OfferPage all(OfferQuery query) {
		return reads.read(() -> {
			callers.current();
			Page<Offer> found = offers.ofMarket(query.status(),
					query.municipality(), query.organisation(),
					PageRequest.of(query.page(), query.size()));
			audit.record(AuditAction.READ, Audit.OFFER_LIST, "market");
			return page(found);
		});
	}

	@Override
	public OfferView inspect(UUID id) {
		return reads.read(() -> {
			callers.current();
			Offer offer = offers.findById(id)
				.filter(found -> found.status() != OfferStatus.DRAFT || found.organisationId() == null)
				.orElseThrow(() -> new RecordNotFoundException("offer"));
			audit.record(AuditAction.READ, Audit.OFFER, id.toString());
			return view(offer, new HashMap<>());
		});
	}

	/** A partner offers only where it works; the agency anywhere in the district. */
	private static void requireCovered(Caller caller, OfferDetails details) {
		if (caller.partner() != null && !caller.partner().covers(details.municipality())) {
			throw new InvalidOfferException("offer.municipality.notCovered",
					"The agency does not cover this municipality in its agreement");
		}
	}

	/** The caller's own offer; another partner's looks the same as none (404). */
	private Offer own(Caller caller, UUID id) {
		return offers.findById(id).filter(caller::owns).orElseThrow(() -> new RecordNotFoundException("offer"));
	}

	private Offer writable(Caller caller, UUID id, long expectedVersion) {
		Offer offer = own(caller, id);
		StaleVersionException.requireVersion("offer", offer.version(), expectedVersion);
		return offer;
	}

	/** Flushes so that a concurrent change fails here (409) and the view shows the new version. */
	private OfferView saved(Offer offer) {
		Offer stored = offers.saveAndFlush(offer);
		audit.record(AuditAction.UPDATE, Audit.OFFER, stored.id().toString());
		return view(stored, new HashMap<>());
	}

	private OfferPage page(Page<Offer> found) {
		Map<String, @Nullable String> names = new HashMap<>();
		return new OfferPage(found.getContent().stream().map(offer -> view(offer, names)).toList(),
				found.getNumber(), found.getSize(), found.getTotalElements());
	}

	private OfferView view(Offer offer, Map<String, @Nullable String> names) {
		String organisation = offer.organisationId();
		String name = organisation == null ? null
				: names.computeIfAbsent(organisation,
						id -> organisations.find(OrganisationId.of(id)).map(Organisation::name).orElse(null));
		return offer.view(name, municipalities.nameOf(offer.municipality()));
	}
}
