package it.casa.emergency;

/** Which side an operator works for: the municipality's staff or the agency's. */
public enum OperatorSide {

	MUNICIPALITY,

	AGENCY
}
