/**
 * The REST API of case work under {@code /api/casework/...}: request bodies and their validation, the mapping to the
 * module's API, and RFC 9457 problem details with stable {@code code} properties.
 */
@NullMarked
package it.casa.casework.web;

import org.jspecify.annotations.NullMarked;
