import { Button, Spinner } from 'design-react-kit';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Field errors by the server's field path (household.members[0].fiscalCode), as message keys or texts. */
export type FieldErrors = Record<string, string>;

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
}

function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Label({ id, label, required }: Pick<FieldProps, 'id' | 'label' | 'required'>) {
  const { t } = useTranslation('casework');
  return (
    <label htmlFor={id} className="form-label fw-semibold">
      {label}
      {required && <span className="casa-required"> ({t('form.required')})</span>}
    </label>
  );
}

function Feedback({ id, error, hint }: Pick<FieldProps, 'id' | 'error' | 'hint'>) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="form-text">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </>
  );
}

export function TextField({
  id,
  label,
  error,
  hint,
  required,
  value,
  onChange,
  type = 'text',
  maxLength,
  autoComplete,
  className = 'mb-3',
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local' | 'number' | 'email' | 'tel' | 'search';
  maxLength?: number;
  autoComplete?: string;
  className?: string;
}) {
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} />
      <input
        id={id}
        name={id}
        type={type}
        className={`form-control${error ? ' is-invalid' : ''}`}
        value={value}
        maxLength={maxLength}
        autoComplete={autoComplete ?? 'off'}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        step={type === 'number' ? '0.01' : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <Feedback id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea({
  id,
  label,
  error,
  hint,
  required,
  value,
  onChange,
  maxLength,
  rows = 3,
  readOnly,
}: FieldProps & { value: string; onChange: (value: string) => void; maxLength?: number; rows?: number; readOnly?: boolean }) {
  return (
    <div className="mb-3">
      <Label id={id} label={label} required={required} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        readOnly={readOnly}
        className={`form-control${error ? ' is-invalid' : ''}`}
        value={value}
        maxLength={maxLength}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
      <Feedback id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  error,
  hint,
  required,
  value,
  onChange,
  options,
  placeholder,
  className = 'mb-3',
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  className?: string;
}) {
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} />
      <select
        id={id}
        name={id}
        className={`form-select${error ? ' is-invalid' : ''}`}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Feedback id={id} error={error} hint={hint} />
    </div>
  );
}

export function Checkbox({
  id,
  label,
  checked,
  onChange,
  error,
  hint,
}: Omit<FieldProps, 'required'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="form-check mb-2">
      <input
        id={id}
        name={id}
        type="checkbox"
        className={`form-check-input${error ? ' is-invalid' : ''}`}
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id} className="form-check-label">
        {label}
      </label>
      <Feedback id={id} error={error} hint={hint} />
    </div>
  );
}

/** A group of fields with a visible legend (checkbox groups, a member, a section of a form). */
export function FieldSet({ legend, children, className = 'mb-4' }: { legend: ReactNode; children: ReactNode; className?: string }) {
  return (
    <fieldset className={className}>
      <legend className="h5">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * The errors of a form that was refused, each a link to its field (WCAG 3.3.1): focused when it appears, so a
 * screen reader reads it and a keyboard user can jump to each field.
 */
export function ErrorSummary({ errors, labels, attempt }: { errors: FieldErrors; labels: Record<string, string>; attempt: number }) {
  const { t } = useTranslation('casework');
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    // Only when the user tried to save again, not on every keystroke.
    if (attempt > 0 && entries.length > 0) ref.current?.focus();
  }, [attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  if (entries.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-danger" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="h5 alert-heading">
        {t('form.errorSummary', { count: entries.length })}
      </h2>
      <ul className="mb-0">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>
              {labels[field] ? `${labels[field]}: ` : ''}
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The HTML id of the input for a server field path: household.members[0].fiscalCode -> household-members-0-fiscalCode. */
export function fieldId(path: string): string {
  return path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-') || 'form';
}

/** A submit button that shows and announces that the work is going on (the progress indicator of long work). */
export function SubmitButton({
  pending,
  children,
  pendingLabel,
  color = 'primary',
  type = 'submit',
  onClick,
  disabled,
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel?: string;
  color?: string;
  type?: 'submit' | 'button';
  onClick?: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('casework');
  return (
    <Button color={color} type={type} disabled={pending || disabled} aria-disabled={pending || disabled} onClick={onClick}>
      {pending ? (
        <span className="d-inline-flex align-items-center gap-2">
          <span aria-hidden="true">
            <Spinner active small />
          </span>
          <span role="status">{pendingLabel ?? t('form.saving')}</span>
        </span>
      ) : (
        children
      )}
    </Button>
  );
}

/** An indeterminate progress bar for work that takes a while (saving, loading a long list). */
export function ProgressBar({ label }: { label: string }) {
  return (
    <div className="progress progress-indeterminate my-2" role="progressbar" aria-label={label} aria-busy="true">
      <span className="visually-hidden">{label}</span>
      <div className="progress-bar" />
    </div>
  );
}
