package it.casa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** CASA, the district housing platform: assembles the function modules into one application. */
@SpringBootApplication
@Modulithic(systemName = "CASA", sharedModules = "platform")
public class CasaApplication {

	public static void main(String[] args) {
		SpringApplication.run(CasaApplication.class, args);
	}
}
