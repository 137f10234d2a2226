package it.casa.platform.security;

import java.text.ParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The embedded provider's signing keys, kept in {@code district.signing_key}: generated once, reused by every
 * start, so tokens issued before a restart stay valid after it. (Production uses an external provider that
 * manages its own keys.)
 */
final class SigningKeys {

	private SigningKeys() {
	}

	static JWKSet loadOrCreate(JdbcTemplate jdbc) {
		List<String> stored = jdbc.queryForList("SELECT jwk FROM signing_key ORDER BY created_at DESC", String.class);
		if (stored.isEmpty()) {
			RSAKey key = generate();
			jdbc.update("INSERT INTO signing_key (id, jwk) VALUES (?, ?) ON CONFLICT DO NOTHING", key.getKeyID(),
					key.toJSONString());
			stored = jdbc.queryForList("SELECT jwk FROM signing_key ORDER BY created_at DESC", String.class);
		}
		return new JWKSet(stored.stream().map(SigningKeys::parse).toList());
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate a signing key", ex);
		}
	}

	private static JWK parse(String json) {
		try {
			return JWK.parse(json);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("A stored signing key cannot be read", ex);
		}
	}
}
