import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Warns before unsaved changes are lost: leaving the page inside the application asks first (router blocker);
 * closing or reloading the tab gets the browser's own question (beforeunload).
 */
export function UnsavedChangesGuard({ dirty, allowLeave }: { dirty: boolean; allowLeave?: RefObject<boolean> }) {
  const { t } = useTranslation('casework');
  // allowLeave lets a form that has just been saved move on before React has drawn it clean.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowLeave?.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const open = blocker.state === 'blocked';
  return (
    <Modal isOpen={open} toggle={() => blocker.reset?.()} labelledBy="unsaved-title">
      <ModalHeader id="unsaved-title" toggle={() => blocker.reset?.()}>
        {t('unsaved.title')}
      </ModalHeader>
      <ModalBody>
        <p>{t('unsaved.text')}</p>
      </ModalBody>
      <ModalFooter>
        <Button color="primary" onClick={() => blocker.reset?.()}>
          {t('unsaved.stay')}
        </Button>
        <Button color="danger" outline onClick={() => blocker.proceed?.()}>
          {t('unsaved.leave')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}

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
