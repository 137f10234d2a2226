package it.casa.platform.rules;

/** What a number of a fact or a parameter counts: a criterion compares a fact only with a threshold of the same unit. */
public enum Unit {
	NONE, EURO, PERCENT, DAYS, MONTHS, YEARS, PERSONS
}
