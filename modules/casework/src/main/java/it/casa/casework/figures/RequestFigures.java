package it.casa.casework.figures;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import it.casa.casework.CaseStatus;
import it.casa.casework.FilingOrganisation;
import it.casa.casework.HouseholdComposition;
import it.casa.casework.HousingSituation;
import it.casa.monitoring.DistrictFigures.CategoryCount;
import it.casa.monitoring.DistrictFigures.Durations;
import it.casa.monitoring.DistrictFigures.MonthlyCount;
import it.casa.monitoring.DistrictFigures.MunicipalityCount;
import it.casa.monitoring.DistrictFigures.MunicipalityDurations;

/** Case work's parts of the dashboard's figures: {@code requests}, {@code households}, {@code interviews}. */
final class RequestFigures {

	private RequestFigures() {
	}

	/**
	 * Activation requests received in the period (by request date), with their current status and grade.
	 *
	 * @param byMunicipality every municipality counted, zero included, most requests first
	 * @param byGrade grades 0 (not triaged yet) to 4
	 * @param monthly per month and municipality, months without requests left out
	 * @param timeToTriage days from the request to its first triage, over the requests triaged so far
	 * @param timeToClosure days from the request to its closure, over the requests closed now
	 */
	@Schema(name = "FiguresRequests")
	record Requests(long total, List<MunicipalityCount> byMunicipality,
			List<CategoryCount<HousingSituation>> byHousingSituation, List<GradeCount> byGrade,
			List<CategoryCount<CaseStatus>> byStatus, List<CategoryCount<FilingOrganisation>> byFiledBy,
			List<MonthlyCount> monthly, Durations timeToTriage, Durations timeToClosure,
			List<MunicipalityDurations> durationsByMunicipality) {

		Requests {
			byMunicipality = List.copyOf(byMunicipality);
			byHousingSituation = List.copyOf(byHousingSituation);
			byGrade = List.copyOf(byGrade);
			byStatus = List.copyOf(byStatus);
			byFiledBy = List.copyOf(byFiledBy);
			monthly = List.copyOf(monthly);
			durationsByMunicipality = List.copyOf(durationsByMunicipality);
		}
	}

	/**
	 * The households the agency had in care in the period: a request received by the end of the period and not closed
	 * or rejected before it started (the requests of the period, plus those still open from before). The published
	 * household compositions count these, which is why their total may exceed the requests of the period.
	 *
	 * @param fromEarlierPeriods how many of them were requested before the period
	 */
	@Schema(name = "FiguresHouseholds")
	record Households(long total, long fromEarlierPeriods, List<CategoryCount<HouseholdComposition>> byComposition) {

		Households {
			byComposition = List.copyOf(byComposition);
		}
	}

	/** Joint interviews (colloqui di approfondimento) scheduled for a day of the period, held or still to come. */
	@Schema(name = "FiguresInterviews")
	record Interviews(long total) {
	}

	/** @param grade 1 to 4, or 0 for requests not triaged yet */
	@Schema(name = "FiguresGradeCount")
	record GradeCount(int grade, long count) {
	}
}
