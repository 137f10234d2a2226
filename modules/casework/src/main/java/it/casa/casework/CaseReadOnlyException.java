package it.casa.casework;

/** A closed or rejected case was asked to change; it is read-only until reopened (HTTP 409). */
public class CaseReadOnlyException extends IllegalStateException {

	public static final String CODE = "case.readOnly";

	private static final long serialVersionUID = 1L;

	private final CaseStatus status;

	public CaseReadOnlyException(CaseStatus status) {
		super("A " + status + " case is read-only until it is reopened");
		this.status = status;
	}

	public CaseStatus status() {
		return status;
	}
}
