package it.casa.platform.tenancy;

/** The municipality does not use the module addressed by the request; answered as a plain 404. */
class ModuleNotEnabledException extends RuntimeException {

	ModuleNotEnabledException(String module) {
		super("Module " + module + " is not enabled for this municipality");
	}
}
