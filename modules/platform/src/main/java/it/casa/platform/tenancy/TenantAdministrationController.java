package it.casa.platform.tenancy;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import it.casa.platform.Tenant;
import it.casa.platform.TenantId;
import it.casa.platform.UnknownTenantException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Agency administrators list, add and change municipalities at run time. */
@RestController
@RequestMapping("/api/platform/tenants")
@PreAuthorize("hasRole('AGENCY_ADMIN')")
class TenantAdministrationController {

	private final TenantProvisioning provisioning;

	private final TenantRegistry registry;

	TenantAdministrationController(TenantProvisioning provisioning, TenantRegistry registry) {
		this.provisioning = provisioning;
		this.registry = registry;
	}

	@GetMapping
	List<TenantView> list() {
		return registry.allStored().stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	TenantView show(@PathVariable String id) {
		return registry.findStored(parse(id)).map(this::view).orElseThrow(() -> new UnknownTenantException(id));
	}

	@PostMapping
	ResponseEntity<TenantView> add(@Valid @RequestBody NewMunicipality request) throws SQLException {
		Tenant tenant = provisioning.addMunicipality(TenantId.of(request.id()), request.name().trim(), request.modules());
		return ResponseEntity.created(URI.create("/api/platform/tenants/" + tenant.id()))
			.body(view(registry.findStored(tenant.id()).orElseThrow()));
	}

	@PutMapping("/{id}")
	TenantView change(@PathVariable String id, @Valid @RequestBody MunicipalityChange request) throws SQLException {
		Tenant tenant = provisioning.changeMunicipality(parse(id), request.name().trim(), request.modules(),
				request.enabled(), request.version());
		return view(registry.findStored(tenant.id()).orElseThrow());
	}

	/** Only this controller's own messages (an unknown module name) are meant for the caller. */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalidMunicipality(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid request");
		return problem;
	}

	private static TenantId parse(String id) {
		if (!TenantId.isWellFormed(id)) {
			throw new UnknownTenantException(id);
		}
		return TenantId.of(id);
	}

	private TenantView view(TenantStore.StoredTenant stored) {
		Tenant tenant = stored.tenant();
		MigrationState state = provisioning.migrationStates().get(tenant.id());
		return new TenantView(tenant.id().value(), tenant.displayName(), tenant.kind().name(), tenant.schema(),
				tenant.enabledModules().stream().sorted().toList(), tenant.enabled(), stored.managedBy().name(),
				stored.version(), state == null ? "PENDING" : state.status().name());
	}

	record TenantView(String id, String name, String kind, String schema, List<String> modules, boolean enabled,
			String managedBy, long version, String migration) {
	}

	record NewMunicipality(
			@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens") String id,
			@NotBlank @Size(max = 120) String name, @NotNull Set<@NotBlank String> modules) {
	}

	record MunicipalityChange(@NotBlank @Size(max = 120) String name, @NotNull Set<@NotBlank String> modules,
			boolean enabled, long version) {
	}
}
