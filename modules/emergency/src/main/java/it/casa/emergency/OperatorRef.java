package it.casa.emergency;

/** A staff member as recorded on a change: the identity provider's id and the name shown at the time. */
public record OperatorRef(String userId, String displayName) {
}
