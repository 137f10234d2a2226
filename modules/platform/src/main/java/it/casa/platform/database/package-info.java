/**
 * The database the application runs on: embedded PostgreSQL by default (docs/adr/0004), an external server in production.
 */
@NullMarked
package it.casa.platform.database;

import org.jspecify.annotations.NullMarked;
