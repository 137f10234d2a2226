package it.casa.freemarket.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

import it.casa.freemarket.PartnerTerms;
import it.casa.platform.module.Stamp;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Free Market's terms of one partner agency, keyed by the platform organisation's id. */
@Entity
@Table(name = "freemarket_partner")
class Partner {

	@Id
	private String organisationId;

	@Version
	private @Nullable Long version;

	private LocalDate accreditedOn;

	private LocalDate accreditedUntil;

	private String accreditationRef;

	private LocalDate agreementSignedOn;

	private LocalDate agreementUntil;

	private String agreementRef;

	private String contactName;

	private String contactEmail;

	private @Nullable String contactPhone;

	@ElementCollection
	@CollectionTable(name = "freemarket_partner_municipality", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "tenant_id")
	private Set<String> municipalities = new TreeSet<>();

	@Embedded
	@EmbeddedColumnNaming("changed_%s")
	private Stamp changed;

	protected Partner() {
		// for JPA
	}

	Partner(String organisationId, PartnerTerms terms, Stamp stamp) {
		this.organisationId = organisationId;
		record(terms, stamp);
	}

	void record(PartnerTerms terms, Stamp stamp) {
		accreditedOn = terms.accreditedOn();
		accreditedUntil = terms.accreditedUntil();
		accreditationRef = terms.accreditationRef().strip();
		agreementSignedOn = terms.agreementSignedOn();
		agreementUntil = terms.agreementUntil();
		agreementRef = terms.agreementRef().strip();
		contactName = terms.contactName().strip();
		contactEmail = terms.contactEmail().strip();
		contactPhone = terms.contactPhone() == null || terms.contactPhone().isBlank() ? null : terms.contactPhone().strip();
		municipalities.clear();
		municipalities.addAll(terms.municipalities());
		changed = stamp;
	}

	String organisationId() {
		return organisationId;
	}

	long version() {
		return version == null ? 0 : version;
	}

	/** Why the partner may not work today, as a problem code; null when accreditation and agreement are in force. */
	@Nullable String lockOn(LocalDate day) {
		if (day.isBefore(accreditedOn) || day.isAfter(accreditedUntil)) {
			return "freemarket.partner.accreditationNotInForce";
		}
		if (day.isBefore(agreementSignedOn) || day.isAfter(agreementUntil)) {
			return "freemarket.partner.agreementNotInForce";
		}
		return null;
	}

	boolean covers(String municipality) {
		return municipalities.contains(municipality);
	}

	PartnerTerms terms() {
		return new PartnerTerms(accreditedOn, accreditedUntil, accreditationRef, agreementSignedOn, agreementUntil,
				agreementRef, contactName, contactEmail, contactPhone,
				Set.copyOf(municipalities));
	}
}
