package it.casa.platform.security;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The embedded identity provider's login form, in Italian, plain and accessible (no script, works with the
 * strict content security policy). Only reachable while the embedded provider runs; the same generic message
 * answers a wrong password and a throttled account, so the form does not reveal which accounts exist.
 */
@RestController
class LoginPageController {

	private final boolean embedded;

	LoginPageController(SecurityProperties properties) {
		this.embedded = !properties.externalProvider();
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	String login(CsrfToken csrf, @RequestParam(required = false) String error,
			@RequestParam(required = false) String logout) {
		if (!embedded) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		String message = error != null
				? "<p class=\"alert\" role=\"alert\">Nome utente o password non validi, oppure troppi tentativi: riprova tra qualche minuto.</p>"
				: logout != null ? "<p class=\"info\" role=\"status\">Sei uscito da CASA.</p>" : "";
		return """
				<!doctype html>
				<html lang="it">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Accesso - CASA</title>
				<style>
				body{font-family:"Titillium Web",Geneva,Tahoma,sans-serif;background:#f2f7fc;color:#1a1a1a;margin:0}
				header{background:#0066cc;color:#fff;padding:1rem 1.5rem}
				header h1{margin:0;font-size:1.5rem}
				main{max-width:26rem;margin:2rem auto;background:#fff;padding:2rem;border-radius:4px;box-shadow:0 1px 4px #0003}
				label{display:block;font-weight:600;margin:1rem 0 .25rem}
				input{width:100%%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #5c6f82;border-radius:4px}
				input:focus,button:focus{outline:3px solid #ff9900;outline-offset:2px}
				button{margin-top:1.5rem;width:100%%;padding:.75rem;font-size:1rem;font-weight:600;background:#0066cc;color:#fff;border:0;border-radius:4px;cursor:pointer}
				.alert{background:#fde8ea;border-left:4px solid #d9364f;padding:.75rem}
				.info{background:#e6f4ea;border-left:4px solid #008055;padding:.75rem}
				</style>
				</head>
				<body>
				<header><h1>CASA &middot; Agenzia per l'Abitare</h1></header>
				<main>
				<h2>Accedi</h2>
				%s
				<form method="post" action="/login">
				<label for="username">Nome utente</label>
				<input id="username" name="username" autocomplete="username" required autofocus>
				<label for="password">Password</label>
				<input id="password" name="password" type="password" autocomplete="current-password" required>
				<input type="hidden" name="%s" value="%s">
				<button type="submit">Accedi</button>
				</form>
				</main>
				</body>
				</html>
				""".formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
	}
}
