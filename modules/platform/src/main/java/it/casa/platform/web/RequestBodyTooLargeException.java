package it.casa.platform.web;

/** A request body is larger than {@code casa.web.max-body-size}: answered 413, nothing of it is read further. */
final class RequestBodyTooLargeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final long limit;

	RequestBodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	long limit() {
		return limit;
	}
}
