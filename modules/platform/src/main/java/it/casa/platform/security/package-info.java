/**
 * Identity and access: the embedded or external OpenID Connect provider, the browser session, bearer tokens for the API, the user's municipality and the staff directory.
 */
@NullMarked
package it.casa.platform.security;

import org.jspecify.annotations.NullMarked;
