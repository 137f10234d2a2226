package it.casa.platform.database;

/** The PostgreSQL server the application uses: an external one, or the embedded one it started itself. */
interface DatabaseServer extends AutoCloseable {

	ConnectionSettings connectionSettings();

	@Override
	void close() throws Exception;

	record External(ConnectionSettings connectionSettings) implements DatabaseServer {

		@Override
		public void close() {
			// not ours to stop
		}
	}
}
