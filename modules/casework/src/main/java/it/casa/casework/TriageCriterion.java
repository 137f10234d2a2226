package it.casa.casework;

/**
 * A triage criterion found true for a household: the "why" of a {@link GradeProposal}. {@link #code()}
 * is the stable message key the UI translates, with the {@link GradeReason#parameters() parameters}
 * named below. Declared from the most to the least severe, the order in which a proposal lists them.
 */
public enum TriageCriterion {

	/** No place to live now (assenza di dimora). Grade 4. */
	NO_PLACE_TO_LIVE("triage.criterion.noPlaceToLive"),

	/** Violence or maltreatment keep a member from living at home. Grade 4. */
	VIOLENCE("triage.criterion.violence"),

	/** The dwelling is unsafe to live in. Grade 4. */
	UNSAFE_DWELLING("triage.criterion.unsafeDwelling"),

	/**
	 * The eviction is due within the imminent window, or its date has passed while it is still in progress.
	 * Grade 4. Parameters: {@code evictionDate} (ISO date), {@code daysLeft} (negative once passed),
	 * {@code withinDays}.
	 */
	EVICTION_IMMINENT("triage.criterion.evictionImminent"),

	/**
	 * The eviction is due within the near window: the household will need another home soon. Grade 3.
	 * Parameters: {@code evictionDate}, {@code daysLeft}, {@code withinDays}.
	 */
	EVICTION_NEAR("triage.criterion.evictionNear"),

	/** Arrears (morosità). Grade 2. Parameter: {@code kinds}, the {@link ArrearsKind}s comma-separated. */
	ARREARS("triage.criterion.arrears"),

	/**
	 * Rent above 30% of income. Grade 2. Parameters: {@code monthlyRent}, {@code monthlyHouseholdIncome},
	 * {@code thresholdPercent}, and {@code rentPercent} unless the income is zero.
	 */
	RENT_UNSUSTAINABLE("triage.criterion.rentUnsustainable"),

	/**
	 * An eviction in progress, not yet near (or with no date known). Grade 2. Parameters: {@code evictionDate}
	 * and {@code daysLeft} when a date is known.
	 */
	EVICTION_IN_PROGRESS("triage.criterion.evictionInProgress"),

	/** The residence permit has expired. A grade 3 dimension. Parameters: {@code expiryDate}, {@code daysLeft}. */
	RESIDENCE_PERMIT_EXPIRED("triage.criterion.residencePermitExpired"),

	/**
	 * The residence permit expires within the renewal window. A grade 3 dimension. Parameters:
	 * {@code expiryDate}, {@code daysLeft}, {@code withinDays}.
	 */
	RESIDENCE_PERMIT_EXPIRING("triage.criterion.residencePermitExpiring"),

	/** Nobody to turn to. A grade 3 dimension. */
	NO_SOCIAL_NETWORK("triage.criterion.noSocialNetwork"),

	/** Weak social network. A grade 3 dimension. */
	WEAK_SOCIAL_NETWORK("triage.criterion.weakSocialNetwork"),

	/** No income. A grade 3 dimension. */
	NO_INCOME("triage.criterion.noIncome"),

	/** Unstable or low-paid work. A grade 3 dimension. */
	UNSTABLE_OR_LOW_PAID_WORK("triage.criterion.unstableOrLowPaidWork"),

	/** Criminal proceedings under way. A grade 3 dimension. */
	PENDING_CRIMINAL_PROCEEDINGS("triage.criterion.pendingCriminalProceedings"),

	/** Fragile members (minors, over 65, disabled). Aggravating: shown, but raises no grade alone. */
	FRAGILE_MEMBERS("triage.criterion.fragileMembers"),

	/** No savings. Aggravating: shown, but raises no grade alone. */
	NO_SAVINGS("triage.criterion.noSavings"),

	/** Nothing in the checklist was found: the proposal is the lowest grade. */
	NO_CRITERION_MET("triage.criterion.none");

	private final String code;

	TriageCriterion(String code) {
		this.code = code;
	}

	/** The stable message key, for example {@code triage.criterion.violence}. */
	public String code() {
		return code;
	}
}
