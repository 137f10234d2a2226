package it.casa.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import it.casa.casework.Address;
import it.casa.casework.AddressKind;
import it.casa.casework.Contact;
import it.casa.casework.ContactKind;
import it.casa.casework.FiscalCode;
import it.casa.casework.HouseholdDetails;
import it.casa.casework.HouseholdId;
import it.casa.casework.HouseholdUpdated;
import it.casa.casework.HouseholdView;
import it.casa.casework.IncomeBand;
import it.casa.casework.MemberDetails;
import it.casa.platform.Relationship;
import it.casa.platform.Sex;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The household aggregate: members, contacts and addresses, edited as a whole with optimistic locking. */
@Entity
@Table(name = "household")
class HouseholdFile extends AbstractAggregateRoot<HouseholdFile> {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@ElementCollection
	@CollectionTable(name = "household_member", joinColumns = @JoinColumn(name = "household_id"))
	@OrderColumn(name = "list_index")
	private List<MemberEntry> members = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "household_contact", joinColumns = @JoinColumn(name = "household_id"))
	@OrderColumn(name = "list_index")
	private List<ContactEntry> contacts = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "household_address", joinColumns = @JoinColumn(name = "household_id"))
	@OrderColumn(name = "list_index")
	private List<AddressEntry> addresses = new ArrayList<>();

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	protected HouseholdFile() {
		// for JPA
	}

	private HouseholdFile(WorkContext work, HouseholdDetails details) {
		this.id = UUID.randomUUID();
		this.createdAt = work.now();
		this.createdBy = work.user().userId();
		setDetails(work, details);
	}

	static HouseholdFile create(WorkContext work, HouseholdDetails details) {
		return new HouseholdFile(work, details);
	}

	void replace(WorkContext work, HouseholdDetails details) {
		setDetails(work, details);
		registerEvent(new HouseholdUpdated(work.tenant(), id(), work.now()));
	}

	private void setDetails(WorkContext work, HouseholdDetails details) {
		members.clear();
		details.members().forEach(member -> members.add(MemberEntry.of(member)));
		contacts.clear();
		details.contacts().forEach(contact -> contacts.add(new ContactEntry(contact)));
		addresses.clear();
		details.addresses().forEach(address -> addresses.add(new AddressEntry(address)));
		this.updatedAt = work.now();
		this.updatedBy = work.user().userId();
	}

	HouseholdId id() {
		return HouseholdId.of(id);
	}

	long version() {
		return version == null ? 0 : version;
	}

	HouseholdDetails details() {
		return new HouseholdDetails(members.stream().map(MemberEntry::toDetails).toList(),
				contacts.stream().map(ContactEntry::toContact).toList(),
				addresses.stream().map(AddressEntry::toAddress).toList());
	}

	HouseholdView view(LocalDate today) {
		HouseholdDetails details = details();
		return new HouseholdView(id(), version(),
				details.members().stream()
					.map(m -> new HouseholdView.MemberView(m.givenName(), m.familyName(), m.relationship(), m.birthDate(),
							m.toMember().ageOn(today), m.sex(), m.fiscalCode() == null ? null : m.fiscalCode().value(),
							m.citizenship(), m.residencePermitExpiry(), m.incomeBand(), m.disabled()))
					.toList(),
				details.contacts(), details.addresses(), details.household().compositionOn(today),
				details.household().hasFragileMembersOn(today));
	}

	@Embeddable
	static class MemberEntry {

		private String givenName;

		private String familyName;

		@Enumerated(EnumType.STRING)
		private Relationship relationship;

		private LocalDate birthDate;

		@Enumerated(EnumType.STRING)
		private Sex sex;

		private @Nullable String fiscalCode;

		private @Nullable String citizenship;

		private @Nullable LocalDate residencePermitExpiry;

		@Enumerated(EnumType.STRING)
		private @Nullable IncomeBand incomeBand;

		private boolean disabled;

		protected MemberEntry() {
		}

		static MemberEntry of(MemberDetails details) {
			MemberEntry entry = new MemberEntry();
			entry.givenName = details.givenName();
			entry.familyName = details.familyName();
			entry.relationship = details.relationship();
			entry.birthDate = details.birthDate();
			entry.sex = details.sex();
			entry.fiscalCode = details.fiscalCode() == null ? null : details.fiscalCode().value();
			entry.citizenship = details.citizenship();
			entry.residencePermitExpiry = details.residencePermitExpiry();
			entry.incomeBand = details.incomeBand();
			entry.disabled = details.disabled();
			return entry;
		}

		MemberDetails toDetails() {
			return new MemberDetails(givenName, familyName, relationship, birthDate, sex,
					fiscalCode == null ? null : FiscalCode.of(fiscalCode), citizenship, residencePermitExpiry, incomeBand,
					disabled);
		}
	}

	@Embeddable
	static class ContactEntry {

		@Enumerated(EnumType.STRING)
		private ContactKind kind;

		private String value;

		protected ContactEntry() {
		}

		ContactEntry(Contact contact) {
			this.kind = contact.kind();
			this.value = contact.value();
		}

		Contact toContact() {
			return new Contact(kind, value);
		}
	}

	@Embeddable
	static class AddressEntry {

		@Enumerated(EnumType.STRING)
		private AddressKind kind;

		private String street;

		private String postalCode;

		private String town;

		protected AddressEntry() {
		}

		AddressEntry(Address address) {
			this.kind = address.kind();
			this.street = address.street();
			this.postalCode = address.postalCode();
			this.town = address.town();
		}

		Address toAddress() {
			return new Address(kind, street, postalCode, town);
		}
	}
}
