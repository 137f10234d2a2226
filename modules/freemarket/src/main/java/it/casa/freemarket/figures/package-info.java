/** Free Market's figures in Monitoring: offers published and let, by municipality and contract type. */
@NullMarked
package it.casa.freemarket.figures;

import org.jspecify.annotations.NullMarked;
