package it.casa.platform.security;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import it.casa.platform.CurrentUser;
import it.casa.platform.Organisation;
import it.casa.platform.OrganisationId;
import it.casa.platform.OrganisationKind;
import it.casa.platform.OrganisationStatus;
import it.casa.platform.Role;
import it.casa.platform.organisation.OrganisationRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets the people of a partner organisation into the API only while the organisation is active, deciding at every
 * request from the organisation table rather than from what a token or a session says: a suspension, or the end of
 * the validity dates, locks them out from their next request, on every replica, whatever tokens are still valid.
 * <p>
 * The rule: whoever names an organisation (the {@code casa_org} claim) or has a partner role must name one CASA knows,
 * active today, and have no role but the one its kind gives. Everyone else (the agency's and the municipalities'
 * staff, with no organisation claim) passes untouched and costs nothing: only partner accounts read the table, one row
 * by primary key. Runs inside the API's filter chain, after authentication (token or session) and before
 * authorization; refusals are 403 problems with a stable {@code code}.
 */
final class OrganisationGate extends OncePerRequestFilter {

	private final CasaPrincipals principals;

	private final OrganisationRegistry organisations;

	OrganisationGate(CasaPrincipals principals, OrganisationRegistry organisations) {
		this.principals = principals;
		this.organisations = organisations;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Optional<CurrentUser> user = authentication == null ? Optional.empty() : principals.from(authentication);
		if (user.isPresent()) {
			Optional<Refusal> refusal = refusal(user.get().roles(), principals.organisationClaim(authentication),
					organisations::find, organisations.today());
			if (refusal.isPresent()) {
				SecurityProblems.forbidden(response, refusal.get().detail(), refusal.get().code(),
						refusal.get().properties());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** Why a user with {@code roles} and this organisation claim may not use CASA on {@code today}, if they may not. */
	static Optional<Refusal> refusal(Set<Role> roles, Optional<String> claim,
			Function<OrganisationId, Optional<Organisation>> lookup, LocalDate today) {
		Set<Role> partnerRoles = EnumSet.noneOf(Role.class);
		roles.stream().filter(role -> OrganisationKind.givingRole(role).isPresent()).forEach(partnerRoles::add);
		if (claim.isEmpty() && partnerRoles.isEmpty()) {
			return Optional.empty();
		}
		Optional<Organisation> organisation = claim.filter(OrganisationId::isWellFormed)
			.map(OrganisationId::of)
			.flatMap(lookup);
		if (organisation.isEmpty()) {
			return Optional.of(new Refusal("organisation.unknown",
					"Your account does not name a partner organisation registered with the agency.", null));
		}
		OrganisationStatus status = organisation.get().statusOn(today);
		if (status != OrganisationStatus.ACTIVE) {
			return Optional.of(new Refusal("organisation.locked", lockedDetail(status), status));
		}
		Role given = organisation.get().kind().role();
		if (roles.stream().anyMatch(role -> role != given)) {
			return Optional.of(new Refusal("organisation.roleNotGiven",
					"Your account has a role that your organisation's kind does not give: only " + given.name() + ".",
					null));
		}
		return Optional.empty();
	}

	private static String lockedDetail(OrganisationStatus status) {
		return switch (status) {
			case SUSPENDED -> "Your organisation's access to CASA is suspended by the agency.";
			case EXPIRED -> "Your organisation's agreement with the agency has ended.";
			case NOT_YET_VALID -> "Your organisation's agreement with the agency has not started yet.";
			case ACTIVE -> throw new IllegalArgumentException("An active organisation is not locked");
		};
	}

	/** @param status the organisation's status, for {@code organisation.locked} */
	record Refusal(String code, String detail, @Nullable OrganisationStatus status) {

		Map<String, Object> properties() {
			return status == null ? Map.of() : Map.of("organisationStatus", status.name());
		}
	}
}
