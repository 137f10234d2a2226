package it.casa.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the agency social worker found about a household at triage: the criteria of the four grades, from which {@link GradeProposer} proposes a grade. A criterion not
 * observed is left at its default ({@code false}, empty, {@link SocialNetwork#ADEQUATE},
 * {@link WorkSituation#STABLE}, unknown amounts). Amounts are in euro per month. Build one with
 * {@link #builder()}.
 *
 * @param arrears what the household is in arrears on (morosità); empty if nothing
 * @param evictionInProgress whether an eviction procedure is under way (procedimento di sfratto in corso)
 * @param evictionDate the next date of the eviction (hearing or execution), if known; only with an
 *        eviction in progress
 * @param residencePermitExpiry when the residence permit (permesso di soggiorno) of a member expires,
 *        the earliest if several; null if no member depends on one
 * @param socialNetwork the support the household can count on
 * @param work the household's work and income
 * @param noSavings whether the household has no savings to fall back on (mancanza di risparmi)
 * @param violence whether violence or maltreatment keep a member from living at home (violenza e
 *        maltrattamenti)
 * @param pendingCriminalProceedings whether a member has criminal proceedings under way (processi
 *        penali in corso)
 * @param fragileMembers whether the household has fragile members (minors, over 65, disabled); see
 *        {@link Household#hasFragileMembersOn(LocalDate)}
 * @param unsafeDwelling whether the dwelling is unsafe to live in (fire, flooding, no water, neglected
 *        maintenance)
 * @param noPlaceToLive whether the household has no place to live now, tonight included (assenza di
 *        dimora)
 * @param monthlyRent the monthly rent, if any and known
 * @param monthlyHouseholdIncome the household's total monthly income, if known
 */
public record TriageChecklist(Set<ArrearsKind> arrears, boolean evictionInProgress, @Nullable LocalDate evictionDate,
		@Nullable LocalDate residencePermitExpiry, SocialNetwork socialNetwork, WorkSituation work, boolean noSavings,
		boolean violence, boolean pendingCriminalProceedings, boolean fragileMembers, boolean unsafeDwelling,
		boolean noPlaceToLive, @Nullable BigDecimal monthlyRent, @Nullable BigDecimal monthlyHouseholdIncome) {

	/** A rent is sustainable when it is at most this share (percent) of the household's monthly income. */
	public static final int SUSTAINABLE_RENT_PERCENT = 30;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * @throws InvalidCaseDataException {@code triage.evictionDate.withoutEviction},
	 *         {@code triage.monthlyRent.negative} or {@code triage.monthlyHouseholdIncome.negative}
	 */
	public TriageChecklist {
		Set<ArrearsKind> kinds = EnumSet.noneOf(ArrearsKind.class);
		kinds.addAll(Objects.requireNonNull(arrears, "arrears"));
		// An EnumSet keeps the kinds in declaration order, so reasons list them the same way every time.
		arrears = Collections.unmodifiableSet(kinds);
		Objects.requireNonNull(socialNetwork, "socialNetwork");
		Objects.requireNonNull(work, "work");
		if (evictionDate != null && !evictionInProgress) {
			throw new InvalidCaseDataException("triage.evictionDate.withoutEviction",
					"An eviction date is given but no eviction is in progress");
		}
		requireNotNegative(monthlyRent, "monthlyRent");
		requireNotNegative(monthlyHouseholdIncome, "monthlyHouseholdIncome");
	}

	/** A builder with nothing observed yet. */
	public static Builder builder() {
		return new Builder();
	}

	/** Whether the household is in arrears on anything. */
	public boolean hasArrears() {
		return !arrears.isEmpty();
	}

	/**
	 * The rent as a percentage of the monthly income, rounded half up to one decimal; empty if either is
	 * unknown or the income is zero.
	 */
	public Optional<BigDecimal> rentPercentOfIncome() {
		if (monthlyRent == null || monthlyHouseholdIncome == null || monthlyHouseholdIncome.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(monthlyRent.multiply(HUNDRED).divide(monthlyHouseholdIncome, 1, RoundingMode.HALF_UP));
	}

	/**
	 * Whether the rent is above {@value #SUSTAINABLE_RENT_PERCENT}% of the monthly income (exactly 30% is
	 * still sustainable). Any rent with no income at all is unsustainable; with either amount unknown
	 * the answer is {@code false}.
	 */
	public boolean isRentUnsustainable() {
		if (monthlyRent == null || monthlyHouseholdIncome == null || monthlyRent.signum() == 0) {
			return false;
		}
		// Compared exactly (rent x 100 > income x 30) so that no rounding moves the boundary.
		return monthlyRent.multiply(HUNDRED)
			.compareTo(monthlyHouseholdIncome.multiply(BigDecimal.valueOf(SUSTAINABLE_RENT_PERCENT))) > 0;
	}

	private static void requireNotNegative(@Nullable BigDecimal amount, String name) {
		if (amount != null && amount.signum() < 0) {
			throw new InvalidCaseDataException("triage." + name + ".negative", name + " must not be negative",
					Map.of("value", amount.toPlainString()));
		}
	}

	/** Builds a {@link TriageChecklist}; every criterion starts as not observed. */
	public static final class Builder {

		private final Set<ArrearsKind> arrears = EnumSet.noneOf(ArrearsKind.class);

		private boolean evictionInProgress;

		private @Nullable LocalDate evictionDate;

		private @Nullable LocalDate residencePermitExpiry;

		private SocialNetwork socialNetwork = SocialNetwork.ADEQUATE;

		private WorkSituation work = WorkSituation.STABLE;

		private boolean noSavings;

		private boolean violence;

		private boolean pendingCriminalProceedings;

		private boolean fragileMembers;

		private boolean unsafeDwelling;

		private boolean noPlaceToLive;

		private @Nullable BigDecimal monthlyRent;

		private @Nullable BigDecimal monthlyHouseholdIncome;

		private Builder() {
		}

		/** Adds what the household is in arrears on. */
		public Builder arrears(ArrearsKind... kinds) {
			arrears.addAll(Set.of(kinds));
			return this;
		}

		/** An eviction in progress whose next date is not known yet. */
		public Builder evictionInProgress() {
			this.evictionInProgress = true;
			return this;
		}

		/** An eviction in progress, next due on {@code date} (hearing or execution). */
		public Builder evictionOn(LocalDate date) {
			this.evictionInProgress = true;
			this.evictionDate = Objects.requireNonNull(date, "date");
			return this;
		}

		public Builder residencePermitExpiry(@Nullable LocalDate date) {
			this.residencePermitExpiry = date;
			return this;
		}

		public Builder socialNetwork(SocialNetwork socialNetwork) {
			this.socialNetwork = socialNetwork;
			return this;
		}

		public Builder work(WorkSituation work) {
			this.work = work;
			return this;
		}

		public Builder noSavings(boolean noSavings) {
			this.noSavings = noSavings;
			return this;
		}

		public Builder violence(boolean violence) {
			this.violence = violence;
			return this;
		}

		public Builder pendingCriminalProceedings(boolean pendingCriminalProceedings) {
			this.pendingCriminalProceedings = pendingCriminalProceedings;
			return this;
		}

		public Builder fragileMembers(boolean fragileMembers) {
			this.fragileMembers = fragileMembers;
			return this;
		}

		public Builder unsafeDwelling(boolean unsafeDwelling) {
			this.unsafeDwelling = unsafeDwelling;
			return this;
		}

		public Builder noPlaceToLive(boolean noPlaceToLive) {
			this.noPlaceToLive = noPlaceToLive;
			return this;
		}

		/** The monthly rent and the household's monthly income, in euro; either may be null if unknown. */
		public Builder rentAndIncome(@Nullable BigDecimal monthlyRent, @Nullable BigDecimal monthlyHouseholdIncome) {
			this.monthlyRent = monthlyRent;
			this.monthlyHouseholdIncome = monthlyHouseholdIncome;
			return this;
		}

		/**
		 * @throws InvalidCaseDataException as the {@link TriageChecklist} constructor does
		 */
		public TriageChecklist build() {
			return new TriageChecklist(arrears, evictionInProgress, evictionDate, residencePermitExpiry, socialNetwork,
					work, noSavings, violence, pendingCriminalProceedings, fragileMembers, unsafeDwelling, noPlaceToLive,
					monthlyRent, monthlyHouseholdIncome);
		}
	}
}
