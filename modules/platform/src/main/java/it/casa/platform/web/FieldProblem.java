package it.casa.platform.web;

/**
 * One invalid field of a request, as listed in a problem's {@code errors}.
 *
 * @param field the field's path in the request, e.g. {@code household.members[1].fiscalCode}
 * @param code a stable key: the module's rule (e.g. {@code fiscalCode.checksum}) or the constraint's name (e.g.
 *        {@code NotBlank})
 * @param message an English explanation
 */
public record FieldProblem(String field, String code, String message) {
}
