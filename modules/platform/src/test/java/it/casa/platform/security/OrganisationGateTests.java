package it.casa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import it.casa.platform.Organisation;
import it.casa.platform.OrganisationId;
import it.casa.platform.OrganisationKind;
import it.casa.platform.OrganisationStatus;
import it.casa.platform.Role;

/** The lock-out rule on its own: who names an organisation, or holds a partner role, gets in only while it is active. */
class OrganisationGateTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	static final Organisation AGENCY = new Organisation(OrganisationId.of("immobiliare-prova"), "Immobiliare Prova",
			OrganisationKind.REAL_ESTATE_AGENCY, TODAY.minusYears(1), TODAY.plusYears(1), false);

	@Test
	void staffWithoutAnOrganisationPassWithoutALookup() {
		Function<OrganisationId, Optional<Organisation>> noLookup = id -> {
			throw new AssertionError("looked up " + id);
		};

		assertThat(OrganisationGate.refusal(Set.of(Role.AGENCY_OPERATOR), Optional.empty(), noLookup, TODAY)).isEmpty();
		assertThat(OrganisationGate.refusal(Set.of(), Optional.empty(), noLookup, TODAY)).isEmpty();
	}

	@Test
	void aPartnerOfAnActiveOrganisationWithItsKindsRolePasses() {
		assertThat(refusal(Set.of(Role.PARTNER_AGENCY), AGENCY)).isEmpty();
	}

	@Test
	void theLastDayOfValidityStillCountsAndTheNextOneDoesNot() {
		Organisation endsToday = withDates(AGENCY, TODAY.minusYears(1), TODAY);
		Organisation endedYesterday = withDates(AGENCY, TODAY.minusYears(1), TODAY.minusDays(1));

		assertThat(refusal(Set.of(Role.PARTNER_AGENCY), endsToday)).isEmpty();
		assertThat(refusal(Set.of(Role.PARTNER_AGENCY), endedYesterday)).hasValueSatisfying(refusal -> {
			assertThat(refusal.code()).isEqualTo("organisation.locked");
			assertThat(refusal.properties()).isEqualTo(Map.of("organisationStatus", "EXPIRED"));
		});
	}

	@Test
	void aSuspensionWinsOverTheDates() {
		Organisation suspended = new Organisation(AGENCY.id(), AGENCY.name(), AGENCY.kind(), AGENCY.validFrom(),
				AGENCY.validUntil(), true);

		assertThat(refusal(Set.of(Role.PARTNER_AGENCY), suspended)).hasValueSatisfying(
				refusal -> assertThat(refusal.status()).isEqualTo(OrganisationStatus.SUSPENDED));
	}

	@Test
	void anAgreementThatHasNotStartedLocksOut() {
		assertThat(refusal(Set.of(Role.PARTNER_AGENCY), withDates(AGENCY, TODAY.plusDays(1), TODAY.plusYears(1))))
			.hasValueSatisfying(refusal -> assertThat(refusal.status()).isEqualTo(OrganisationStatus.NOT_YET_VALID));
	}

	@Test
	void aPartnerRoleWithoutAnOrganisationOrWithAnUnknownOneIsRefused() {
		assertThat(OrganisationGate.refusal(Set.of(Role.AUTONOMY_TEAM_OPERATOR), Optional.empty(), id -> Optional.empty(),
				TODAY)).hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("organisation.unknown"));
		assertThat(OrganisationGate.refusal(Set.of(Role.PARTNER_AGENCY), Optional.of("Immobiliare Prova"),
				id -> Optional.of(AGENCY), TODAY))
			.as("a display name, as casa_org carried before it carried ids")
			.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("organisation.unknown"));
	}

	@Test
	void anOrganisationClaimCountsEvenWithoutAPartnerRole() {
		assertThat(OrganisationGate.refusal(Set.of(Role.AGENCY_ADMIN), Optional.of("sconosciuta"),
				id -> Optional.empty(), TODAY)).isPresent();
		assertThat(refusal(Set.of(Role.AGENCY_ADMIN), AGENCY)).as("staff roles are not an organisation's to give")
			.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("organisation.roleNotGiven"));
	}

	@Test
	void eachKindGivesItsOwnRoleOnly() {
		for (OrganisationKind kind : OrganisationKind.values()) {
			Organisation organisation = new Organisation(AGENCY.id(), AGENCY.name(), kind, AGENCY.validFrom(),
					AGENCY.validUntil(), false);
			for (Role role : Role.values()) {
				assertThat(refusal(Set.of(role), organisation).isEmpty()).as(kind + " with " + role)
					.isEqualTo(role == kind.role());
			}
		}
	}

	private static Optional<OrganisationGate.Refusal> refusal(Set<Role> roles, Organisation organisation) {
		return OrganisationGate.refusal(roles, Optional.of(organisation.id().value()),
				id -> id.equals(organisation.id()) ? Optional.of(organisation) : Optional.empty(), TODAY);
	}

	private static Organisation withDates(Organisation organisation, LocalDate from, LocalDate until) {
		return new Organisation(organisation.id(), organisation.name(), organisation.kind(), from, until, false);
	}
}
