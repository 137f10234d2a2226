/** Free Market's invented demo data: the two demo agencies' terms and a few offers each. */
@NullMarked
package it.casa.freemarket.demo;

import org.jspecify.annotations.NullMarked;
