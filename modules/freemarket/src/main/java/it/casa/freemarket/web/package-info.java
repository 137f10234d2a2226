/** Free Market's REST API under {@code /api/freemarket/}. */
@NullMarked
package it.casa.freemarket.web;

import org.jspecify.annotations.NullMarked;
