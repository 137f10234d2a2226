/**
 * The {@code demo} profile: loads every module's {@link it.casa.platform.DemoData} at start-up, never in production.
 */
@NullMarked
package it.casa.platform.demo;

import org.jspecify.annotations.NullMarked;
