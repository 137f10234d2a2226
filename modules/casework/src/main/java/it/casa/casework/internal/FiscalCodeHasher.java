package it.casa.casework.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import it.casa.casework.FiscalCode;

/**
 * Keyed hashes (HMAC-SHA256) of fiscal codes for the district's person index. A plain hash would not protect them:
 * fiscal codes are few enough to hash them all and look the results up. With a key kept outside the database, equal
 * codes still match across municipalities, but the index alone reveals nobody.
 */
@Component
class FiscalCodeHasher {

	private static final Logger log = LoggerFactory.getLogger(FiscalCodeHasher.class);

	/** Only for development and tests; production sets {@code casa.casework.duplicate-detection-key}. */
	private static final String DEVELOPMENT_KEY = "casa-development-only-duplicate-detection-key";

	private final SecretKeySpec key;

	/** Shorter keys could be guessed, and with the key every fiscal code in the index can be recomputed. */
	static final int MINIMUM_PRODUCTION_KEY_LENGTH = 32;

	FiscalCodeHasher(CaseworkProperties properties, Environment environment) {
		String secret = properties.duplicateDetectionKey();
		boolean production = environment.acceptsProfiles(Profiles.of("prod"));
		if (production && (secret == null || secret.strip().length() < MINIMUM_PRODUCTION_KEY_LENGTH
				|| secret.equals(DEVELOPMENT_KEY))) {
			// Refusing to start is the only safe answer: the development key is in the code, so hashes made with it
			// protect nobody, and they could not be re-keyed later without every fiscal code in clear.
			throw new IllegalStateException("The prod profile needs casa.casework.duplicate-detection-key"
					+ " (CASA_CASEWORK_DUPLICATE_DETECTION_KEY): a random secret of at least "
					+ MINIMUM_PRODUCTION_KEY_LENGTH + " characters, kept outside the database");
		}
		if (secret == null || secret.isBlank()) {
			log.warn("casa.casework.duplicate-detection-key is not set: duplicate detection uses the development key");
			secret = DEVELOPMENT_KEY;
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String hash(FiscalCode code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(code.value().getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}
}
