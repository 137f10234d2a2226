/**
 * The audit trail of access to personal data: a hash-chained district table written through a database function (docs/adr/0006), and its administration API.
 */
@NullMarked
package it.casa.platform.audit;

import org.jspecify.annotations.NullMarked;
