package it.casa.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

/** Mints access tokens as the embedded provider would, and variants it never would (expired, forged, ...). */
public final class TestTokens {

	public static final String ISSUER = "http://localhost:8080";

	private TestTokens() {
	}

	public static JwtClaimsSet.Builder claims(String subject, List<String> roles, String tenant) {
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(subject)
			.audience(List.of("casa-api", "casa-web"))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600))
			.claim("casa_roles", roles)
			.claim("name", "Test " + subject);
		if (tenant != null) {
			claims.claim("casa_tenant", tenant);
		}
		return claims;
	}

	public static String sign(JwtEncoder encoder, JwtClaimsSet.Builder claims) {
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
			.getTokenValue();
	}

	public static String signWithAStrangersKey(JwtClaimsSet.Builder claims) throws Exception {
		var key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		return sign(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))), claims);
	}
}
