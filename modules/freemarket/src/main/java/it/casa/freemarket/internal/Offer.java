package it.casa.freemarket.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

import it.casa.freemarket.ContractType;
import it.casa.freemarket.EnergyClass;
import it.casa.freemarket.Heating;
import it.casa.freemarket.OfferDetails;
import it.casa.freemarket.OfferStatus;
import it.casa.freemarket.OfferTransitionException;
import it.casa.freemarket.OfferView;
import it.casa.platform.module.Stamp;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An offer of a home for rent (district data: it names no household). Its details are checked by {@link OfferRules}
 * before they reach it; the offer itself keeps the status rules.
 */
@Entity
@Table(name = "freemarket_offer")
class Offer {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	/** The partner's organisation id; null for the agency's own offers. */
	private @Nullable String organisationId;

	private String tenantId;

	private String zone;

	private BigDecimal floorArea;

	private int rooms;

	private int floor;

	private boolean lift;

	@Enumerated(EnumType.STRING)
	private Heating heating;

	@Enumerated(EnumType.STRING)
	private EnergyClass energyClass;

	private BigDecimal energyIndex;

	private BigDecimal monthlyRent;

	private BigDecimal monthlyCharges;

	@Enumerated(EnumType.STRING)
	private ContractType contractType;

	private @Nullable Long bandRuleVersion;

	private LocalDate availableFrom;

	private boolean stepFreeAccess;

	@Enumerated(EnumType.STRING)
	private OfferStatus status;

	@Embedded
	@EmbeddedColumnNaming("created_%s")
	private Stamp created;

	@Embedded
	@EmbeddedColumnNaming("changed_%s")
	private Stamp changed;

	protected Offer() {
		// for JPA
	}

	static Offer draft(@Nullable String organisationId, OfferDetails details, @Nullable Long bandRuleVersion,
			Stamp stamp) {
		Offer offer = new Offer();
		offer.id = UUID.randomUUID();
		offer.organisationId = organisationId;
		offer.status = OfferStatus.DRAFT;
		offer.created = stamp;
		offer.describe(details, bandRuleVersion, stamp);
		return offer;
	}

	void change(OfferDetails details, @Nullable Long bandRuleVersion, Stamp stamp) {
		if (!status.editable()) {
			throw new OfferTransitionException(status, status);
		}
		describe(details, bandRuleVersion, stamp);
	}

	void move(OfferStatus target, Stamp stamp) {
		if (!status.mayMoveTo(target)) {
			throw new OfferTransitionException(status, target);
		}
		status = target;
		changed = stamp;
	}

	private void describe(OfferDetails details, @Nullable Long bandRuleVersion, Stamp stamp) {
		tenantId = details.municipality();
		zone = details.zone().strip();
		floorArea = details.floorArea();
		rooms = details.rooms();
		floor = details.floor();
		lift = details.lift();
		heating = details.heating();
		energyClass = details.energyClass();
		energyIndex = details.energyIndex();
		monthlyRent = details.monthlyRent();
		monthlyCharges = details.monthlyCharges();
		contractType = details.contractType();
		this.bandRuleVersion = bandRuleVersion;
		availableFrom = details.availableFrom();
		stepFreeAccess = details.stepFreeAccess();
		changed = stamp;
	}

	String municipality() {
		return tenantId;
	}

	UUID id() {
		return id;
	}

	long version() {
		return version == null ? 0 : version;
	}

	@Nullable String organisationId() {
		return organisationId;
	}

	OfferStatus status() {
		return status;
	}

	Instant changedAt() {
		return changed.at();
	}

	OfferView view(@Nullable String organisationName, String municipalityName) {
		OfferDetails details = new OfferDetails(tenantId, zone, floorArea, rooms, floor, lift, heating,
				energyClass, energyIndex, monthlyRent, monthlyCharges, contractType, availableFrom, stepFreeAccess);
		return new OfferView(id, organisationId, organisationName, details, municipalityName, status, status.next(), bandRuleVersion,
				version(), created.at(), changed.at());
	}
}
