package it.casa.platform.tenancy;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test-only entity in every municipality's schema (see zz-test-isolation-probe.sql). */
@Entity
@Table(name = "isolation_probe")
class IsolationProbe {

	@Id
	private UUID id;

	private String label;

	protected IsolationProbe() {
	}

	IsolationProbe(String label) {
		this.id = UUID.randomUUID();
		this.label = label;
	}

	String label() {
		return label;
	}
}
