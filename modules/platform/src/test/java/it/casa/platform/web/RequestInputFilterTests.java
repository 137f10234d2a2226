package it.casa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

/** The request filter's refusals (ADR 0028), on a mock request: sizes declared or not, control characters. */
class RequestInputFilterTests {

	private final RequestInputFilter filter = new RequestInputFilter(100);

	@Test
	void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingReadsTheBody() throws Exception {
		MockHttpServletRequest request = json("x".repeat(101));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("\"code\":\"request.tooLarge\"").contains("\"limit\":100");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void aBodyWithoutALengthIsCutWhenItGoesOverTheLimit() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		request.setContentType("application/json");
		request.setContent("y".repeat(150).getBytes(StandardCharsets.UTF_8));
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, new MockHttpServletResponse(), chain);

		HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
		assertThatThrownBy(() -> passed.getInputStream().readAllBytes()).isInstanceOf(RequestBodyTooLargeException.class);
	}

	@Test
	void aBodyWithinTheLimitAndUploadsPass() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(json("z".repeat(100)), new MockHttpServletResponse(), chain);
		assertThat(((HttpServletRequest) chain.getRequest()).getInputStream().readAllBytes()).hasSize(100);

		MockHttpServletRequest upload = json("u".repeat(500));
		upload.setContentType("multipart/form-data; boundary=x");
		MockFilterChain uploadChain = new MockFilterChain();
		filter.doFilter(upload, new MockHttpServletResponse(), uploadChain);
		assertThat(uploadChain.getRequest()).isSameAs(upload);
	}

	@Test
	void aControlCharacterInAParameterOrThePathIsA400NamingIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/x");
		request.addParameter("q", "a\u0000b");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("\"field\":\"q\"").contains("text.controlCharacter");

		MockHttpServletRequest path = new MockHttpServletRequest("GET", "/api/casework/cases/origin/emergency/a%00b");
		MockHttpServletResponse pathResponse = new MockHttpServletResponse();
		filter.doFilter(path, pathResponse, new MockFilterChain());
		assertThat(pathResponse.getStatus()).isEqualTo(400);
		assertThat(pathResponse.getContentAsString()).contains("\"field\":\"path\"");

		MockHttpServletRequest fine = new MockHttpServletRequest("GET", "/api/x");
		fine.addParameter("q", "two\nlines");
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(fine, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	private static MockHttpServletRequest json(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}
}
