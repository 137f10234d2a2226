import { Button, Spinner } from 'design-react-kit';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Form fields of the emergency screens, made for a phone held in one hand: choices are big buttons (radio inputs,
 * so keyboards and screen readers use them as usual), numbers have − and + buttons, every target is at least 48 px.
 */
const TOUCH = { minHeight: '3rem' } as const;

/** Bootstrap Italia's focus ring, for the buttons that stand for visually hidden radio inputs. */
const FOCUS_RING = { boxShadow: '0 0 0 2px #fff, 0 0 0 5px #f90' } as const;

/** The HTML id of the input for a server field path: people.persons[0].fiscalCode -> people-persons-0-fiscalCode. */
export function fieldId(path: string): string {
  return path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-') || 'form';
}

function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Feedback({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
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

function RequiredMark({ required }: { required?: boolean | undefined }) {
  const { t } = useTranslation('emergency');
  return required ? <span className="fw-normal"> ({t('form.required')})</span> : null;
}

/**
 * One choice among a few, as a row of big buttons that wraps on small screens. The chosen one is filled and ticked
 * (not told by colour alone); the radio inputs stay focusable, and the focused button shows the focus ring.
 */
export function Choices({
  name,
  legend,
  options,
  value,
  onChange,
  required,
  error,
  hint,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  error?: string | undefined;
  hint?: string;
}) {
  const id = fieldId(name);
  const [focused, setFocused] = useState<string | null>(null);
  return (
    <fieldset className="mb-4" id={id} tabIndex={-1} aria-describedby={describedBy(id, error, hint)}>
      <legend className="h5">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <div className="d-flex flex-wrap gap-2" role="radiogroup" aria-required={required || undefined} aria-invalid={error ? true : undefined}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const checked = value === option.value;
          return (
            <div key={option.value}>
              <input
                type="radio"
                className="visually-hidden"
                id={optionId}
                name={id}
                value={option.value}
                checked={checked}
                onChange={() => onChange(option.value)}
                onFocus={() => setFocused(option.value)}
                onBlur={() => setFocused(null)}
              />
              <label
                className={`btn ${checked ? 'btn-primary' : 'btn-outline-primary'} d-flex align-items-center gap-1`}
                style={{ ...TOUCH, ...(focused === option.value ? FOCUS_RING : {}) }}
                htmlFor={optionId}
              >
                {checked && <span aria-hidden="true">✓</span>}
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      <Feedback id={id} error={error} hint={hint} />
    </fieldset>
  );
}

/** A small whole number with − and + buttons, typed too. */
export function Stepper({
  id,
  label,
  value,
  min,
  max,
  onChange,
  required,
  error,
  lessLabel,
  moreLabel,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  required?: boolean;
  error?: string | undefined;
  lessLabel: string;
  moreLabel: string;
}) {
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label fw-semibold d-block">
        {label}
        <RequiredMark required={required} />
      </label>
      <div className="d-flex align-items-center gap-2">
        <Button color="primary" outline type="button" style={TOUCH} aria-label={lessLabel} aria-controls={id}
          disabled={value <= min} onClick={() => onChange(Math.max(min, value - 1))}>
          −
        </Button>
        <input
          id={id}
          name={id}
          type="number"
          inputMode="numeric"
          className={`form-control text-center${error ? ' is-invalid' : ''}`}
          style={{ ...TOUCH, maxWidth: '6rem' }}
          min={min}
          max={max}
          value={Number.isNaN(value) ? '' : value}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error)}
          onChange={(event) => onChange(event.target.value === '' ? Number.NaN : Number(event.target.value))}
        />
        <Button color="primary" outline type="button" style={TOUCH} aria-label={moreLabel} aria-controls={id}
          disabled={value >= max} onClick={() => onChange(Math.min(max, (Number.isNaN(value) ? 0 : value) + 1))}>
          +
        </Button>
      </div>
      <Feedback id={id} error={error} />
    </div>
  );
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  type = 'text',
  maxLength,
  className = 'mb-3',
  inputMode,
  autoComplete = 'off',
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'date' | 'datetime-local' | 'tel' | 'number';
  maxLength?: number;
  className?: string;
  inputMode?: 'decimal' | 'numeric' | 'tel' | 'text';
  autoComplete?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="form-label fw-semibold">
        {label}
        <RequiredMark required={required} />
      </label>
      <input
        id={id}
        name={id}
        type={type}
        className={`form-control${error ? ' is-invalid' : ''}`}
        style={TOUCH}
        value={value}
        maxLength={maxLength}
        inputMode={inputMode}
        autoComplete={autoComplete}
        step={type === 'number' ? '0.01' : undefined}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
      <Feedback id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  maxLength,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  maxLength?: number;
}) {
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label fw-semibold">
        {label}
        <RequiredMark required={required} />
      </label>
      <textarea
        id={id}
        name={id}
        rows={3}
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
  value,
  onChange,
  options,
  placeholder,
  error,
  required,
  className = 'mb-3',
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  error?: string | undefined;
  required?: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="form-label fw-semibold">
        {label}
        <RequiredMark required={required} />
      </label>
      <select
        id={id}
        name={id}
        className={`form-select${error ? ' is-invalid' : ''}`}
        style={TOUCH}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Feedback id={id} error={error} />
    </div>
  );
}

export function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="form-check mb-3 d-flex align-items-center" style={TOUCH}>
      <input id={id} name={id} type="checkbox" className="form-check-input" checked={checked}
        onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id} className="form-check-label">
        {label}
      </label>
    </div>
  );
}

/** A submit button that shows and announces that the work is going on. */
export function SubmitButton({
  pending,
  children,
  block,
  color = 'primary',
  disabled,
}: {
  pending: boolean;
  children: ReactNode;
  block?: boolean;
  color?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('emergency');
  return (
    <Button color={color} type="submit" size={block ? 'lg' : undefined} className={block ? 'w-100' : undefined}
      style={TOUCH} disabled={pending || disabled}>
      {pending ? (
        <span className="d-inline-flex align-items-center gap-2">
          <span aria-hidden="true">
            <Spinner active small />
          </span>
          <span role="status">{t('form.saving')}</span>
        </span>
      ) : (
        children
      )}
    </Button>
  );
}

/** The errors of a refused form, each a link to its field, focused when it appears (WCAG 3.3.1). */
export function ErrorSummary({ errors, labels }: { errors: Record<string, string>; labels: Record<string, string> }) {
  const { t } = useTranslation('emergency');
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="alert alert-danger" role="alert" aria-labelledby="error-summary-title">
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
