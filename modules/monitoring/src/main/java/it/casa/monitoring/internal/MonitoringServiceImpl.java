package it.casa.monitoring.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import it.casa.monitoring.DistrictFigures;
import it.casa.monitoring.DistrictFigures.Municipality;
import it.casa.monitoring.FigureQuery;
import it.casa.monitoring.FigureScope;
import it.casa.monitoring.FigureSource;
import it.casa.monitoring.MonitoringService;
import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.DistrictReads;
import it.casa.platform.Tenant;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantDirectory;
import it.casa.platform.TenantId;
import it.casa.platform.UnknownTenantException;
import it.casa.platform.module.ModuleRights;

/**
 * Decides which municipalities the user may see, then reads every source's figures of them in the district context:
 * the fact tables are readable only there, so this class, not the database, keeps a municipal operator to their own
 * municipality. The sources come in their declared order (docs/adr/0016).
 */
@Service
class MonitoringServiceImpl implements MonitoringService {

	private final CurrentUsers users;

	private final TenantDirectory tenants;

	private final DistrictReads reads;

	private final List<FigureSource> sources;

	private final ModuleRights rights;

	MonitoringServiceImpl(CurrentUsers users, TenantDirectory tenants, DistrictReads reads, List<FigureSource> sources,
			ModuleRights rights) {
		this.users = users;
		this.tenants = tenants;
		this.reads = reads;
		this.sources = List.copyOf(sources);
		this.rights = rights;
	}

	@Override
	public DistrictFigures figures(FigureQuery query) {
		Scope scope = scope(users.require(), query.municipality());
		FigureScope figureScope = new FigureScope(query, scope.municipalities());
		List<DistrictFigures.SourceRead> read = reads.read(() -> sources.stream()
			.map(source -> new DistrictFigures.SourceRead(source.module(), source.labels(), source.read(figureScope)))
			.toList());
		return new DistrictFigures(query.period(), query.emergencies(), scope.single(), scope.municipalities(),
				query.gradeNumbers(), read);
	}

	/**
	 * The municipalities whose figures the user sees. With the district right (agency staff): the one they name (or the
	 * one they are working in), else every enabled municipality. Otherwise their own, always; naming another one is
	 * "not found", exactly like a municipality that does not exist.
	 */
	private Scope scope(CurrentUser user, @Nullable TenantId requested) {
		if (rights.allows(user, "monitoring:district")) {
			TenantId chosen = requested != null ? requested : TenantContext.current().orElse(null);
			if (chosen != null) {
				return Scope.of(tenants.requireActiveMunicipality(chosen));
			}
			List<Municipality> all = tenants.activeMunicipalities().stream().map(MonitoringServiceImpl::municipality).toList();
			return new Scope(null, all);
		}
		if (rights.allows(user, "monitoring:read")) {
			TenantId own = Optional.ofNullable(user.boundTenant())
				.orElseThrow(() -> new AccessDeniedException("This account is not bound to a municipality"));
			if (requested != null && !requested.equals(own)) {
				throw new UnknownTenantException(requested.value());
			}
			return Scope.of(tenants.requireActiveMunicipality(own));
		}
		throw new AccessDeniedException("Figures are for municipal and agency staff");
	}

	private static Municipality municipality(Tenant tenant) {
		return new Municipality(tenant.id().value(), tenant.displayName());
	}

	record Scope(@Nullable Municipality single, List<Municipality> municipalities) {

		static Scope of(Tenant tenant) {
			Municipality municipality = municipality(tenant);
			return new Scope(municipality, List.of(municipality));
		}
	}
}
