/**
 * Partner organisations (docs/adr/0015): real-estate agencies, the microcredit foundation, autonomy-team
 * cooperatives and co-housing operators, with a kind, validity dates and a suspension; the district table that holds
 * them, the lookup modules use, and the agency administrators' API.
 */
@NullMarked
package it.casa.platform.organisation;

import org.jspecify.annotations.NullMarked;
