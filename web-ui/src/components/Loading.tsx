import { Spinner } from 'design-react-kit';

/** A spinner with its words for screen readers, announced politely. */
export function Loading({ label }: { label: string }) {
  return (
    <div role="status" className="d-flex align-items-center gap-3 py-5">
      <span aria-hidden="true">
        <Spinner active small />
      </span>
      <span>{label}</span>
    </div>
  );
}
