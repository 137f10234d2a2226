package it.casa.platform.web;

/** Describes a failure for the logs by exception types and stack frames only, never by message text. */
public final class SafeThrowable {

	private SafeThrowable() {
	}

	public static String describe(Throwable failure) {
		StringBuilder description = new StringBuilder();
		Throwable current = failure;
		int depth = 0;
		while (current != null && depth++ < 5) {
			description.append(depth == 1 ? "" : "\n caused by ").append(current.getClass().getName());
			StackTraceElement[] frames = current.getStackTrace();
			for (int i = 0; i < Math.min(frames.length, 12); i++) {
				description.append("\n\tat ").append(frames[i]);
			}
			current = current.getCause() == current ? null : current.getCause();
		}
		return description.toString();
	}
}
