package it.casa.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one module keeps about people: every table it owns, either as a record of personal data (whose, found by which
 * column, kept how long, whether it holds special categories) or as a table that holds none, with why. Each module
 * declares one as a bean; the platform's subject-access export and erasure (to come) will walk every module's register,
 * and {@code PersonalDataRegisterTests} checks that every table of every schema is declared by exactly one module and
 * writes them all to {@code docs/personal-data.md}.
 *
 * @param module the module's name ({@code platform} for the platform's own tables)
 */
public record PersonalDataRegister(String module, List<PersonalRecord> records, List<PlainRecord> withoutPersonalData) {

	public PersonalDataRegister {
		Objects.requireNonNull(module, "module");
		records = List.copyOf(records);
		withoutPersonalData = List.copyOf(withoutPersonalData);
	}

	public static Builder of(String module) {
		return new Builder(module);
	}

	/** Which schema a table is in: every municipality's, or the district's. */
	public enum Store {
		MUNICIPALITY, DISTRICT
	}

	/** Whose personal data a record holds. */
	public enum DataSubject {

		/** The people of a household in care, or involved in an emergency: the citizens CASA serves. */
		HOUSEHOLD_MEMBER,

		/** The people who use CASA: municipal and agency staff, and partner organisations' people. */
		STAFF
	}

	/** How long a record is kept, and whether erasure applies to it. */
	public enum RetentionClass {

		/**
		 * Part of a household's social file (a case, its household, project, notes, interviews; an emergency
		 * intervention): kept while the work goes on and for the agency's retention period after it ends, then erased;
		 * exported on a subject-access request.
		 */
		CASE_RECORD,

		/**
		 * A copy kept for reading (read models, the figures' facts, search indexes): follows its source, erased or
		 * rebuilt with it, never the only place a fact is kept.
		 */
		DERIVED,

		/** A user's account as CASA saw it (the staff directory): while the person works with CASA. */
		ACCOUNT,

		/**
		 * Evidence of who accessed what (the audit trail): kept for the legal period, never erased on request (GDPR
		 * art. 17(3)(b)); shown on a subject-access request as the list of accesses.
		 */
		LEGAL_EVIDENCE,

		/** Technical data of a sign-in (sessions, authorizations): expires within hours, never exported. */
		SESSION
	}

	/**
	 * @param subjects whose data it is, and the column that finds their rows (e.g. {@code household_id})
	 * @param specialCategories whether it may hold special categories of data (health, violence, criminal proceedings,
	 *        minors): stricter access and review
	 * @param holds what it holds, in a sentence
	 */
	public record PersonalRecord(Store store, String table, Map<DataSubject, String> subjects, RetentionClass retention,
			boolean specialCategories, String holds) {

		public PersonalRecord {
			subjects = Map.copyOf(subjects);
			if (subjects.isEmpty()) {
				throw new IllegalArgumentException(table + ": a record of personal data names whose it is");
			}
		}
	}

	/** @param why why the table holds no personal data */
	public record PlainRecord(Store store, String table, String why) {
	}

	public static final class Builder {

		private final String module;

		private final List<PersonalRecord> records = new ArrayList<>();

		private final List<PlainRecord> plain = new ArrayList<>();

		private Builder(String module) {
			this.module = module;
		}

		/** A table of personal data of one subject, found by {@code column}. */
		public Builder personal(Store store, String table, DataSubject subject, String column, RetentionClass retention,
				String holds) {
			records.add(new PersonalRecord(store, table, Map.of(subject, column), retention, false, holds));
			return this;
		}

		/** A table that may hold special categories of data (health, violence, proceedings, minors). */
		public Builder special(Store store, String table, DataSubject subject, String column, RetentionClass retention,
				String holds) {
			records.add(new PersonalRecord(store, table, Map.of(subject, column), retention, true, holds));
			return this;
		}

		/** A table of personal data of several subjects. */
		public Builder personal(PersonalRecord record) {
			records.add(record);
			return this;
		}

		public Builder none(Store store, String table, String why) {
			plain.add(new PlainRecord(store, table, why));
			return this;
		}

		public PersonalDataRegister build() {
			return new PersonalDataRegister(module, records, plain);
		}
	}
}
