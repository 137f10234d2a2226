package it.casa.freemarket.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Partners' terms in the district schema, by organisation id. */
interface Partners extends JpaRepository<Partner, String> {
}
