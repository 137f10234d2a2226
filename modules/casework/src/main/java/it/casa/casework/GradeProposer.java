package it.casa.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Proposes a triage {@link Grade} from a {@link TriageChecklist}, with the reasons. The rules read the
 * four grade definitions of the agency as follows; the first that applies wins.
 * <ol>
 * <li><b>Emergency (4)</b>: an immediate, non-deferrable need of a place to live: no place to live now,
 * violence or maltreatment, an unsafe dwelling, or an eviction due within {@code imminentEvictionDays}
 * (default {@value #DEFAULT_IMMINENT_EVICTION_DAYS}; a past date with the eviction still in progress
 * counts too).</li>
 * <li><b>Multidimensional poverty (3)</b>: a housing difficulty (see 3) together with at least one other
 * dimension: residence permit expired or expiring within {@code permitRenewalDays} (default
 * {@value #DEFAULT_PERMIT_RENEWAL_DAYS}: a permit about to need its renewal is a document "expiring"),
 * weak or no social network, unstable or low-paid work or no income, pending criminal proceedings. Also an
 * eviction due within {@code nearEvictionDays} (default {@value #DEFAULT_NEAR_EVICTION_DAYS}) alone: the
 * household will need another home, which is grade 3 work (temporary housing, co-housing).</li>
 * <li><b>Suffering (2)</b>: a housing difficulty alone: arrears on rent, mortgage or housing costs; rent
 * above 30% of income; an eviction in progress that is not near, or whose date is not known.</li>
 * <li><b>Fragility (1)</b>: everything else, with or without other findings.</li>
 * </ol>
 * No social network, no income, no savings and fragile members are named in the definition of
 * emergency, but as its circumstances, not as a need of a place to live: alone they do not make an
 * emergency. No income and no network count as grade 3 dimensions; fragile members and no savings are
 * listed among the reasons but raise no grade. Every criterion found is listed, most severe first, so
 * the worker sees the whole picture; an empty checklist gives grade 1 with
 * {@link TriageCriterion#NO_CRITERION_MET}.
 * <p>
 * Thresholds are in calendar days from the triage date. Instances are immutable and thread-safe.
 */
public final class GradeProposer {

	/** Default window (days) in which an eviction is imminent: grade 4. */
	public static final int DEFAULT_IMMINENT_EVICTION_DAYS = 7;

	/** Default window (days) in which an eviction is near: grade 3. */
	public static final int DEFAULT_NEAR_EVICTION_DAYS = 90;

	/** Default window (days) before a residence permit's expiry in which it counts as expiring. */
	public static final int DEFAULT_PERMIT_RENEWAL_DAYS = 60;

	private static final Set<TriageCriterion> EMERGENCY_NEEDS = EnumSet.of(TriageCriterion.NO_PLACE_TO_LIVE,
			TriageCriterion.VIOLENCE, TriageCriterion.UNSAFE_DWELLING, TriageCriterion.EVICTION_IMMINENT);

	private static final Set<TriageCriterion> HOUSING_DIFFICULTIES = EnumSet.of(TriageCriterion.EVICTION_NEAR,
			TriageCriterion.ARREARS, TriageCriterion.RENT_UNSUSTAINABLE, TriageCriterion.EVICTION_IN_PROGRESS);

	private static final Set<TriageCriterion> OTHER_DIMENSIONS = EnumSet.of(TriageCriterion.RESIDENCE_PERMIT_EXPIRED,
			TriageCriterion.RESIDENCE_PERMIT_EXPIRING, TriageCriterion.NO_SOCIAL_NETWORK,
			TriageCriterion.WEAK_SOCIAL_NETWORK, TriageCriterion.NO_INCOME, TriageCriterion.UNSTABLE_OR_LOW_PAID_WORK,
			TriageCriterion.PENDING_CRIMINAL_PROCEEDINGS);

	private final int imminentEvictionDays;

	private final int nearEvictionDays;

	private final int permitRenewalDays;

	/** A proposer with the default thresholds. */
	public GradeProposer() {
		this(DEFAULT_IMMINENT_EVICTION_DAYS, DEFAULT_NEAR_EVICTION_DAYS, DEFAULT_PERMIT_RENEWAL_DAYS);
	}

	/**
	 * A proposer with other thresholds, in days.
	 *
	 * @throws IllegalArgumentException unless {@code 0 <= imminentEvictionDays < nearEvictionDays} and
	 *         {@code permitRenewalDays >= 0}
	 */
	public GradeProposer(int imminentEvictionDays, int nearEvictionDays, int permitRenewalDays) {
		if (imminentEvictionDays < 0 || nearEvictionDays <= imminentEvictionDays || permitRenewalDays < 0) {
			throw new IllegalArgumentException("Need 0 <= imminentEvictionDays < nearEvictionDays and permitRenewalDays >= 0");
		}
		this.imminentEvictionDays = imminentEvictionDays;
		this.nearEvictionDays = nearEvictionDays;
		this.permitRenewalDays = permitRenewalDays;
	}

	/** The proposed grade for {@code checklist}, with dates measured from {@code triageDate}. */
	public GradeProposal propose(TriageChecklist checklist, LocalDate triageDate) {
		List<GradeReason> reasons = findings(checklist, triageDate);
		Set<TriageCriterion> found = EnumSet.noneOf(TriageCriterion.class);
		reasons.forEach(reason -> found.add(reason.criterion()));

		Grade grade;
		if (intersects(found, EMERGENCY_NEEDS)) {
			grade = Grade.EMERGENCY;
		}
		else if (found.contains(TriageCriterion.EVICTION_NEAR)
				|| (intersects(found, HOUSING_DIFFICULTIES) && intersects(found, OTHER_DIMENSIONS))) {
			grade = Grade.MULTIDIMENSIONAL_POVERTY;
		}
		else if (intersects(found, HOUSING_DIFFICULTIES)) {
			grade = Grade.SUFFERING;
		}
		else {
			grade = Grade.FRAGILITY;
		}
		if (reasons.isEmpty()) {
			reasons = List.of(GradeReason.of(TriageCriterion.NO_CRITERION_MET));
		}
		return new GradeProposal(grade, reasons);
	}

	private List<GradeReason> findings(TriageChecklist checklist, LocalDate today) {
		List<GradeReason> reasons = new ArrayList<>();
		if (checklist.noPlaceToLive()) {
			reasons.add(GradeReason.of(TriageCriterion.NO_PLACE_TO_LIVE));
		}
		if (checklist.violence()) {
			reasons.add(GradeReason.of(TriageCriterion.VIOLENCE));
		}
		if (checklist.unsafeDwelling()) {
			reasons.add(GradeReason.of(TriageCriterion.UNSAFE_DWELLING));
		}
		if (checklist.evictionInProgress()) {
			reasons.add(eviction(checklist.evictionDate(), today));
		}
		if (checklist.hasArrears()) {
			String kinds = checklist.arrears().stream().map(Enum::name).collect(Collectors.joining(","));
			reasons.add(new GradeReason(TriageCriterion.ARREARS, Map.of("kinds", kinds)));
		}
		BigDecimal rent = checklist.monthlyRent();
		BigDecimal income = checklist.monthlyHouseholdIncome();
		if (checklist.isRentUnsustainable() && rent != null && income != null) {
			Map<String, String> parameters = new LinkedHashMap<>();
			parameters.put("monthlyRent", rent.toPlainString());
			parameters.put("monthlyHouseholdIncome", income.toPlainString());
			parameters.put("thresholdPercent", Integer.toString(TriageChecklist.SUSTAINABLE_RENT_PERCENT));
			checklist.rentPercentOfIncome().ifPresent(percent -> parameters.put("rentPercent", percent.toPlainString()));
			reasons.add(new GradeReason(TriageCriterion.RENT_UNSUSTAINABLE, parameters));
		}
		LocalDate expiry = checklist.residencePermitExpiry();
		if (expiry != null) {
			long daysLeft = ChronoUnit.DAYS.between(today, expiry);
			if (daysLeft < 0) {
				reasons.add(new GradeReason(TriageCriterion.RESIDENCE_PERMIT_EXPIRED,
						Map.of("expiryDate", expiry.toString(), "daysLeft", Long.toString(daysLeft))));
			}
			else if (daysLeft <= permitRenewalDays) {
				reasons.add(new GradeReason(TriageCriterion.RESIDENCE_PERMIT_EXPIRING, Map.of("expiryDate",
						expiry.toString(), "daysLeft", Long.toString(daysLeft), "withinDays", Integer.toString(permitRenewalDays))));
			}
		}
		switch (checklist.socialNetwork()) {
			case NONE -> reasons.add(GradeReason.of(TriageCriterion.NO_SOCIAL_NETWORK));
			case WEAK -> reasons.add(GradeReason.of(TriageCriterion.WEAK_SOCIAL_NETWORK));
			case ADEQUATE -> {
			}
		}
		switch (checklist.work()) {
			case NO_INCOME -> reasons.add(GradeReason.of(TriageCriterion.NO_INCOME));
			case UNSTABLE_OR_LOW_PAID -> reasons.add(GradeReason.of(TriageCriterion.UNSTABLE_OR_LOW_PAID_WORK));
			case STABLE -> {
			}
		}
		if (checklist.pendingCriminalProceedings()) {
			reasons.add(GradeReason.of(TriageCriterion.PENDING_CRIMINAL_PROCEEDINGS));
		}
		if (checklist.fragileMembers()) {
			reasons.add(GradeReason.of(TriageCriterion.FRAGILE_MEMBERS));
		}
		if (checklist.noSavings()) {
			reasons.add(GradeReason.of(TriageCriterion.NO_SAVINGS));
		}
		reasons.sort(Comparator.comparing(GradeReason::criterion));
		return reasons;
	}

	private GradeReason eviction(@Nullable LocalDate evictionDate, LocalDate today) {
		if (evictionDate == null) {
			return GradeReason.of(TriageCriterion.EVICTION_IN_PROGRESS);
		}
		long daysLeft = ChronoUnit.DAYS.between(today, evictionDate);
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("evictionDate", evictionDate.toString());
		parameters.put("daysLeft", Long.toString(daysLeft));
		if (daysLeft <= imminentEvictionDays) {
			parameters.put("withinDays", Integer.toString(imminentEvictionDays));
			return new GradeReason(TriageCriterion.EVICTION_IMMINENT, parameters);
		}
		if (daysLeft <= nearEvictionDays) {
			parameters.put("withinDays", Integer.toString(nearEvictionDays));
			return new GradeReason(TriageCriterion.EVICTION_NEAR, parameters);
		}
		return new GradeReason(TriageCriterion.EVICTION_IN_PROGRESS, parameters);
	}

	private static boolean intersects(Set<TriageCriterion> found, Set<TriageCriterion> group) {
		return group.stream().anyMatch(found::contains);
	}
}
