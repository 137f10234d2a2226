package it.casa.platform.tenancy;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes a follow-up probe row asynchronously, as a module's listener would; can be told to fail once. */
@Component
class ProbeFollowUpListener {

	private final IsolationProbes probes;

	private final AtomicInteger failuresToSimulate = new AtomicInteger();

	ProbeFollowUpListener(IsolationProbes probes) {
		this.probes = probes;
	}

	/** A method, not a field: the bean is a proxy (the platform advises every tenant-scoped listener). */
	void failNextTime() {
		failuresToSimulate.set(1);
	}

	@ApplicationModuleListener
	void on(ProbeWritten event) {
		if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new IllegalStateException("simulated failure");
		}
		probes.save(new IsolationProbe("follow-up of " + event.label()));
	}
}
