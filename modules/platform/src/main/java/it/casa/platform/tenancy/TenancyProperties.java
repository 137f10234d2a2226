package it.casa.platform.tenancy;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param directory the folder with one YAML file per tenant; {@code tenants} in the working directory by default */
@ConfigurationProperties("casa.tenants")
record TenancyProperties(@Nullable Path directory) {

	Path directoryOrDefault() {
		return directory != null ? directory : Path.of("tenants");
	}
}
