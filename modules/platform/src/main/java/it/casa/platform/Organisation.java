package it.casa.platform;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A partner organisation as the agency registered it: a real-estate agency, the microcredit foundation, an
 * autonomy-team cooperative or a co-housing operator. District data: it names no household.
 *
 * @param validFrom the first day of its agreement with the agency
 * @param validUntil the last day of its agreement (inclusive); renewing moves it
 * @param suspended whether an agency administrator suspended it
 */
public record Organisation(OrganisationId id, String name, OrganisationKind kind, LocalDate validFrom,
		LocalDate validUntil, boolean suspended) {

	public Organisation {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(validFrom, "validFrom");
		Objects.requireNonNull(validUntil, "validUntil");
	}

	/** Its status on {@code day} (a date of the district's calendar); a suspension wins over the dates. */
	public OrganisationStatus statusOn(LocalDate day) {
		if (suspended) {
			return OrganisationStatus.SUSPENDED;
		}
		if (day.isAfter(validUntil)) {
			return OrganisationStatus.EXPIRED;
		}
		return day.isBefore(validFrom) ? OrganisationStatus.NOT_YET_VALID : OrganisationStatus.ACTIVE;
	}
}
