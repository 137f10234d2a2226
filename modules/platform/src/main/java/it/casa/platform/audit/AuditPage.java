package it.casa.platform.audit;

import java.util.List;

/** One page of the trail, newest first; {@code hasNext} instead of a total, which would cost a full count. */
record AuditPage(List<AuditEntry> items, int page, int size, boolean hasNext) {

	AuditPage {
		items = List.copyOf(items);
	}
}
