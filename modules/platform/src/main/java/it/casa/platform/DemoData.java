package it.casa.platform;

/**
 * A module's invented demo data (docs/adr/0016): with the {@code demo} profile the platform loads every module's at
 * start-up, in the order of their {@link org.springframework.core.annotation.Order}, and refuses to start with
 * {@code prod}. Each module files its own through its own service API, as invented users ({@link BackgroundWork}), so
 * that its events flow to every listener exactly as in real use; the names are invented, never real people's.
 */
public interface DemoData {

	/** The module's name, as its {@code FunctionModule} declares it. */
	String module();

	/**
	 * Files the module's demo data, unless it finds it there already (a restart of a demo database): loading twice must
	 * not file twice.
	 */
	void load();
}
