/**
 * The REST API of monitoring under {@code /api/monitoring/...}: the figures as JSON, their exports (CSV, XLSX) and
 * the printable "Fotografia" report (PDF, and as JSON for the web UI's print view), internal or for outside readers
 * (small counts suppressed).
 */
@NullMarked
package it.casa.monitoring.web;

import org.jspecify.annotations.NullMarked;
