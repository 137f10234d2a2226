package it.casa.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import it.casa.casework.ArrearsKind;
import it.casa.casework.SocialNetwork;
import it.casa.casework.TriageChecklist;
import it.casa.casework.WorkSituation;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A triage checklist as recorded with a grade decision, one column per finding (the kinds of arrears as three
 * flags), so that questions such as "households with arrears and no network" stay plain SQL.
 */
@Embeddable
class ChecklistColumns {

	private boolean arrearsRent;

	private boolean arrearsMortgage;

	private boolean arrearsHousingCosts;

	private boolean evictionInProgress;

	private @Nullable LocalDate evictionDate;

	private @Nullable LocalDate residencePermitExpiry;

	@Enumerated(EnumType.STRING)
	private SocialNetwork socialNetwork;

	@Enumerated(EnumType.STRING)
	private WorkSituation work;

	private boolean noSavings;

	private boolean violence;

	private boolean pendingCriminalProceedings;

	private boolean fragileMembers;

	private boolean unsafeDwelling;

	private boolean noPlaceToLive;

	private @Nullable BigDecimal monthlyRent;

	private @Nullable BigDecimal monthlyHouseholdIncome;

	protected ChecklistColumns() {
		// for JPA
	}

	static ChecklistColumns of(TriageChecklist checklist) {
		ChecklistColumns columns = new ChecklistColumns();
		columns.arrearsRent = checklist.arrears().contains(ArrearsKind.RENT);
		columns.arrearsMortgage = checklist.arrears().contains(ArrearsKind.MORTGAGE);
		columns.arrearsHousingCosts = checklist.arrears().contains(ArrearsKind.HOUSING_COSTS);
		columns.evictionInProgress = checklist.evictionInProgress();
		columns.evictionDate = checklist.evictionDate();
		columns.residencePermitExpiry = checklist.residencePermitExpiry();
		columns.socialNetwork = checklist.socialNetwork();
		columns.work = checklist.work();
		columns.noSavings = checklist.noSavings();
		columns.violence = checklist.violence();
		columns.pendingCriminalProceedings = checklist.pendingCriminalProceedings();
		columns.fragileMembers = checklist.fragileMembers();
		columns.unsafeDwelling = checklist.unsafeDwelling();
		columns.noPlaceToLive = checklist.noPlaceToLive();
		columns.monthlyRent = checklist.monthlyRent();
		columns.monthlyHouseholdIncome = checklist.monthlyHouseholdIncome();
		return columns;
	}

	TriageChecklist toChecklist() {
		Set<ArrearsKind> arrears = EnumSet.noneOf(ArrearsKind.class);
		if (arrearsRent) {
			arrears.add(ArrearsKind.RENT);
		}
		if (arrearsMortgage) {
			arrears.add(ArrearsKind.MORTGAGE);
		}
		if (arrearsHousingCosts) {
			arrears.add(ArrearsKind.HOUSING_COSTS);
		}
		return new TriageChecklist(arrears, evictionInProgress, evictionDate, residencePermitExpiry, socialNetwork, work,
				noSavings, violence, pendingCriminalProceedings, fragileMembers, unsafeDwelling, noPlaceToLive, monthlyRent,
				monthlyHouseholdIncome);
	}
}
