import { Button, Spinner } from 'design-react-kit';
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The form fields every module uses: a visible label (with "required" when it is), the hint and the error tied to the
 * input by aria-describedby, and ids derived from the server's field paths so that an error links to its field.
 * Modules whose screens are used on a phone pass `touch` (targets at least 48 px high) and their own required mark.
 */

/** Field errors by the server's field path (household.members[0].fiscalCode), as message keys or texts. */
export type FieldErrors = Record<string, string>;

/** At least 48 px high: a target for a thumb. */
export const TOUCH = { minHeight: '3rem' } as const satisfies CSSProperties;

/** The HTML id of the input for a server field path: household.members[0].fiscalCode -> household-members-0-fiscalCode. */
export function fieldId(path: string): string {
  return path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-') || 'form';
}

/** The ids of a field's hint and error, for aria-describedby. */
export function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** A field's hint and error, with the ids {@link describedBy} points to. */
export function Feedback({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
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

/** " (required)" after a label; `className` is the module's style for it. */
export function RequiredMark({ required, className = 'casa-required' }: { required?: boolean | undefined; className?: string | undefined }) {
  const { t } = useTranslation();
  return required ? <span className={className}> ({t('form.required')})</span> : null;
}

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  /** The class of the "required" mark after the label. */
  requiredClassName?: string | undefined;
}

function Label({ id, label, required, requiredClassName }: Pick<FieldProps, 'id' | 'label' | 'required' | 'requiredClassName'>) {
  return (
    <label htmlFor={id} className="form-label fw-semibold">
      {label}
      <RequiredMark required={required} className={requiredClassName} />
    </label>
  );
}

export function TextField({
  id,
  label,
  error,
  hint,
  required,
  requiredClassName,
  value,
  onChange,
  type = 'text',
  maxLength,
  autoComplete,
  inputMode,
  className = 'mb-3',
  touch,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local' | 'number' | 'email' | 'tel' | 'search';
  maxLength?: number | undefined;
  autoComplete?: string | undefined;
  inputMode?: 'decimal' | 'numeric' | 'tel' | 'text' | undefined;
  className?: string | undefined;
  touch?: boolean | undefined;
}) {
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} requiredClassName={requiredClassName} />
      <input
        id={id}
        name={id}
        type={type}
        className={`form-control${error ? ' is-invalid' : ''}`}
        style={touch ? TOUCH : undefined}
        value={value}
        maxLength={maxLength}
        inputMode={inputMode}
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
  requiredClassName,
  value,
  onChange,
  maxLength,
  rows = 3,
  readOnly,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number | undefined;
  rows?: number;
  readOnly?: boolean;
}) {
  return (
    <div className="mb-3">
      <Label id={id} label={label} required={required} requiredClassName={requiredClassName} />
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
  requiredClassName,
  value,
  onChange,
  options,
  placeholder,
  className = 'mb-3',
  touch,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder?: string | undefined;
  className?: string | undefined;
  touch?: boolean | undefined;
}) {
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} requiredClassName={requiredClassName} />
      <select
        id={id}
        name={id}
        className={`form-select${error ? ' is-invalid' : ''}`}
        style={touch ? TOUCH : undefined}
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
  touch,
}: Omit<FieldProps, 'required' | 'requiredClassName'> & {
  checked: boolean;
  onChange: (checked: boolean) => void;
  touch?: boolean | undefined;
}) {
  return (
    <div className={touch ? 'form-check mb-3 d-flex align-items-center' : 'form-check mb-2'} style={touch ? TOUCH : undefined}>
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
 * The errors of a form that was refused, each a link to its field (WCAG 3.3.1). Given the number of the user's
 * `attempt` to save, it is focused each time it appears after one, so a screen reader reads it and a keyboard user can
 * jump to each field.
 */
export function ErrorSummary({ errors, labels, attempt }: { errors: FieldErrors; labels: Record<string, string>; attempt?: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const focusedFor = useRef(0);
  const entries = Object.entries(errors);
  const shown = entries.length > 0;
  useEffect(() => {
    // Once per attempt to save, when its errors first show: at once for the form's own checks, or when the server's
    // answer comes. Never again while the user corrects them (each keystroke would pull the focus away). Focus scrolls
    // the summary into view, which on a phone is above the button just pressed.
    if (attempt === undefined || attempt === 0 || !shown || focusedFor.current === attempt) return;
    focusedFor.current = attempt;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [attempt, shown]);
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={attempt === undefined ? undefined : -1}
      className="alert alert-danger"
      role="alert"
      aria-labelledby="error-summary-title"
    >
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

/** What a submit button shows while its work goes on: a spinner and an announced label ("Saving…" unless given). */
export function Pending({ label }: { label?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <span className="d-inline-flex align-items-center gap-2">
      <span aria-hidden="true">
        <Spinner active small />
      </span>
      <span role="status">{label ?? t('form.saving')}</span>
    </span>
  );
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
  return (
    <Button color={color} type={type} disabled={pending || disabled} aria-disabled={pending || disabled} onClick={onClick}>
      {pending ? <Pending label={pendingLabel} /> : children}
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
