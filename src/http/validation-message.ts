/**
 * Turns a failed request validation into one line, `"field: message"`, naming the parameter and
 * what was expected. Only the first problem is reported: fixing one thing at a time is what a
 * person does, and the next request will name the next problem.
 */

interface ValidationIssue {
  instancePath: string;
  message?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

export interface RequestValidationError {
  validation: ValidationIssue[];
  validationContext?: string | undefined;
}

export function isRequestValidationError(error: unknown): error is RequestValidationError {
  return (
    typeof error === 'object' &&
    error !== null &&
    'validation' in error &&
    Array.isArray(error.validation) &&
    error.validation.length > 0
  );
}

export function validationMessage(error: RequestValidationError): string {
  const issue = error.validation[0]!;
  return `${fieldOf(issue, error.validationContext)}: ${issue.message ?? 'is not valid'}`;
}

function fieldOf(issue: ValidationIssue, context: string | undefined): string {
  const path = issue.instancePath.split('/').filter(Boolean).join('.');
  if (path) return path;
  // An unknown parameter is reported against the whole query; name the parameter instead.
  const keys = issue.params?.['keys'];
  if (Array.isArray(keys) && keys.length > 0) return keys.join(', ');
  return context ?? 'request';
}
