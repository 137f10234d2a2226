/**
 * The REST API of emergencies under {@code /api/emergency/...}: request bodies and their validation, the mapping to
 * the module's API, and RFC 9457 problem details with stable {@code code} properties.
 */
@NullMarked
package it.casa.emergency.web;

import org.jspecify.annotations.NullMarked;
