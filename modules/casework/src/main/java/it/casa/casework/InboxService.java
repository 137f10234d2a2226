package it.casa.casework;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The inbox of requests, most urgent first: grade 4, then requests not triaged yet, then grades 3, 2 and 1; within
 * each, the soonest eviction date first, then the oldest request.
 * <p>
 * Inside a municipality it lists that municipality's requests (for autonomy-team operators, only the cases where they
 * own an action). With no municipality chosen it is the district view for agency operators: every active
 * municipality's requests, with possible duplicates across municipalities flagged.
 */
public interface InboxService {

	@PreAuthorize(Permissions.CASE_READERS)
	Page<InboxEntry> inbox(InboxQuery query);
}
