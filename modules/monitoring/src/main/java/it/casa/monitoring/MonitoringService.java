package it.casa.monitoring;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The district's figures, computed from monitoring's own read models. Agency staff see the district and any
 * municipality; a municipal operator sees only their own municipality, whatever the query names: that is decided
 * here from the authenticated user, never from the request.
 */
public interface MonitoringService {

	/**
	 * The figures of {@code query}, for every municipality the user may see, or for the one it names.
	 *
	 * @throws it.casa.platform.UnknownTenantException if the query names a municipality that does not exist, is
	 *         disabled, or that the user may not see (all look alike)
	 */
	@PreAuthorize(Permissions.READERS)
	DistrictFigures figures(FigureQuery query);
}
