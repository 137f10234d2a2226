package it.casa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlLikeTests {

	@Test
	void wildcardsAndTheEscapeCharacterMatchOnlyThemselves() {
		assertThat(SqlLike.containing("50%")).isEqualTo("%50\\%%");
		assertThat(SqlLike.containing("a_b")).isEqualTo("%a\\_b%");
		assertThat(SqlLike.startingWith("c:\\x")).isEqualTo("c:\\\\x%");
		assertThat(SqlLike.literal("Rossi")).isEqualTo("Rossi");
	}
}
