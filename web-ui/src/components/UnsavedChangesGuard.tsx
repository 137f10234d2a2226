import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Warns before unsaved changes are lost, for any module's form: leaving the page inside the application asks first
 * (router blocker); closing or reloading the tab gets the browser's own question (beforeunload). Case work's guard for
 * pages of several forms (modules/casework/components/UnsavedChanges.tsx) is built on it.
 */
export function UnsavedChangesGuard({ dirty, allowLeave }: { dirty: boolean; allowLeave?: RefObject<boolean> }) {
  const { t } = useTranslation();
  // allowLeave lets a form that has just been saved move on before React has drawn it clean.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowLeave?.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return (
    <Modal isOpen={blocker.state === 'blocked'} toggle={() => blocker.reset?.()} labelledBy="unsaved-title">
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
