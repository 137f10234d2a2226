package it.casa.casework;

import java.util.Map;

/**
 * The grade of housing distress assigned at triage (grado di disagio abitativo), from the least to the
 * most severe. {@link #number()} is the number the agency uses (1 to 4).
 */
public enum Grade {

	/**
	 * Grado 1, fragilità abitativa: no need yet, but conditions that may lead to one. Short follow-up:
	 * prevention, funds, information on public calls.
	 */
	FRAGILITY(1),

	/**
	 * Grado 2, sofferenza abitativa: first difficulty keeping the home (arrears on rent, mortgage or
	 * housing costs). Medium-short follow-up by one area of the team.
	 */
	SUFFERING(2),

	/**
	 * Grado 3, povertà abitativa multidimensionale: complex need, arrears plus other dimensions (documents,
	 * social network, work, criminal proceedings). Medium-long follow-up by several professionals.
	 */
	MULTIDIMENSIONAL_POVERTY(3),

	/**
	 * Grado 4, emergenza abitativa: immediate, non-deferrable need of a place to live. Temporary housing,
	 * then grade 3 work.
	 */
	EMERGENCY(4);

	private final int number;

	Grade(int number) {
		this.number = number;
	}

	/** The grade's number, 1 (fragility) to 4 (emergency). */
	public int number() {
		return number;
	}

	/**
	 * The grade with this number.
	 *
	 * @throws InvalidCaseDataException ({@code grade.unknown}) unless {@code number} is 1 to 4
	 */
	public static Grade ofNumber(int number) {
		for (Grade grade : values()) {
			if (grade.number == number) {
				return grade;
			}
		}
		throw new InvalidCaseDataException("grade.unknown", "A grade is 1 to 4, not " + number,
				Map.of("number", Integer.toString(number)));
	}

	/** Whether this grade is more severe than {@code other}. */
	public boolean isMoreSevereThan(Grade other) {
		return number > other.number;
	}
}
