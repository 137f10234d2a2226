package it.casa.platform.tenancy;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface IsolationProbes extends JpaRepository<IsolationProbe, UUID> {
}
