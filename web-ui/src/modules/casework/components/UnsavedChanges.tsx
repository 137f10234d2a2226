import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';

/** The shared guard (src/components): one guard for every module's forms. */
export { UnsavedChangesGuard };

const DirtyContext = createContext<((form: string, dirty: boolean) => void) | null>(null);

/**
 * One guard for a page with several forms (React Router allows one blocker at a time): each form reports whether
 * it has unsaved changes with {@link useReportDirty}.
 */
export function DirtyFormsGuard({ children }: { children: ReactNode }) {
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((form: string, dirty: boolean) => {
    setDirtyForms((current) => {
      if (current.has(form) === dirty) return current;
      const next = new Set(current);
      if (dirty) next.add(form);
      else next.delete(form);
      return next;
    });
  }, []);
  return (
    <DirtyContext value={report}>
      <UnsavedChangesGuard dirty={dirtyForms.size > 0} />
      {children}
    </DirtyContext>
  );
}

export function useReportDirty(form: string, dirty: boolean) {
  const report = useContext(DirtyContext);
  useEffect(() => {
    report?.(form, dirty);
  }, [report, form, dirty]);
  useEffect(() => () => report?.(form, false), [report, form]);
}
