package it.casa.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the React application for its own routes (e.g. a bookmarked {@code /casework/cases/42}), so that a
 * reload or a shared link opens the page instead of a 404. API, actuator, login and static files keep their
 * own handlers: the patterns exclude them.
 */
@Controller
class SinglePageApplicationController {

	private static final String APPLICATION_ROUTE = "{section:^(?!api$|actuator$|oauth2$|login$|logout$|connect$|userinfo$|assets$|v3$|error$)[a-z][a-z0-9-]*$}";

	@GetMapping({ "/", "/" + APPLICATION_ROUTE, "/" + APPLICATION_ROUTE + "/**" })
	String application() {
		return "forward:/index.html";
	}
}
