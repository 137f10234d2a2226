/**
 * The web layer every module shares: RFC 9457 problem details, the single-page application's routes.
 */
@NullMarked
package it.casa.platform.web;

import org.jspecify.annotations.NullMarked;
