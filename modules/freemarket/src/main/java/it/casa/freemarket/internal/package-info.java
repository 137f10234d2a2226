/** Free Market's records and the services over them: partners' terms, offers, the agreed-rent check. */
@NullMarked
package it.casa.freemarket.internal;

import org.jspecify.annotations.NullMarked;
