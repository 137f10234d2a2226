import { Button } from 'design-react-kit';
import { useState, type ComponentProps, type ReactNode } from 'react';
import * as shared from '../../../components/fields';
import { describedBy, Feedback, fieldId, Pending, RequiredMark, TOUCH } from '../../../components/fields';

export { ErrorSummary } from '../../../components/fields';

/**
 * Form fields of the emergency screens, made for a phone held in one hand: choices are big buttons (radio inputs,
 * so keyboards and screen readers use them as usual), numbers have − and + buttons, every target is at least 48 px.
 * The plain fields are the shared ones (src/components/fields), sized for touch.
 */

/** Bootstrap Italia's focus ring, for the buttons that stand for visually hidden radio inputs. */
const FOCUS_RING = { boxShadow: '0 0 0 2px #fff, 0 0 0 5px #f90' } as const;

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
        <RequiredMark required={required} className="fw-normal" />
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
        <RequiredMark required={required} className="fw-normal" />
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

export function TextField(props: Omit<ComponentProps<typeof shared.TextField>, 'touch' | 'requiredClassName'>) {
  return <shared.TextField {...props} touch requiredClassName="fw-normal" />;
}

export function TextArea(props: Omit<ComponentProps<typeof shared.TextArea>, 'requiredClassName'>) {
  return <shared.TextArea {...props} requiredClassName="fw-normal" />;
}

export function SelectField(props: Omit<ComponentProps<typeof shared.SelectField>, 'touch' | 'requiredClassName'>) {
  return <shared.SelectField {...props} touch requiredClassName="fw-normal" />;
}

export function Checkbox(props: Omit<ComponentProps<typeof shared.Checkbox>, 'touch'>) {
  return <shared.Checkbox {...props} touch />;
}

/** A submit button that shows and announces that the work is going on; `block` fills the width, for the thumb. */
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
  return (
    <Button color={color} type="submit" size={block ? 'lg' : undefined} className={block ? 'w-100' : undefined}
      style={TOUCH} disabled={pending || disabled}>
      {pending ? <Pending /> : children}
    </Button>
  );
}
