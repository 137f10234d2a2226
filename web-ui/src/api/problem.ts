/** An RFC 9457 problem detail, as the server sends it with Content-Type application/problem+json. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

/** A failed API call: the HTTP status (0 when the server could not be reached) and the problem, if any. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail | null;

  constructor(status: number, problem: ProblemDetail | null, options?: ErrorOptions) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`, options);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isUnauthorized(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}

/** One entry of a 400 problem's `errors`, as every module's API sends it. */
interface FieldProblem {
  field?: string;
  code?: string;
  message?: string;
}

/**
 * The field errors of a 400 problem (code request.invalid, errors: [{field, code, message}]), by field path, each
 * worded by the module's `message(code, fallback)`; a problem about the request as a whole goes under "". Empty for
 * any other error.
 */
export function fieldErrorsOf(
  error: unknown,
  message: (code: string | undefined, fallback?: string) => string,
): Record<string, string> {
  if (!isApiError(error) || error.status !== 400 || !error.problem) return {};
  const problems = Array.isArray(error.problem.errors) ? (error.problem.errors as FieldProblem[]) : [];
  const result: Record<string, string> = {};
  for (const problem of problems) {
    result[problem.field ?? ''] ??= message(problem.code, problem.message);
  }
  if (problems.length === 0 && typeof error.problem.code === 'string') {
    result[''] = message(error.problem.code, error.problem.detail);
  }
  return result;
}

/** Whether the error is a refused stale edit (409 with code version.stale): someone saved in between. */
export function isStaleEdit(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.problem?.code === 'version.stale';
}
