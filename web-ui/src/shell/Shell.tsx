import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { tenantName, useMe } from '../api/me';
import { isUnauthorized } from '../api/problem';
import { LoginRequired } from '../auth/LoginRequired';
import { onSignedInElsewhere, sessionRestored, useSessionState } from '../auth/sessionState';
import { SignedInPage } from '../auth/SignedInPage';
import { clearLoggedOut, consumeReturnTo } from '../auth/session';
import { Loading } from '../components/Loading';
import { ProblemAlert } from '../components/ProblemAlert';
import { HomePage } from '../pages/HomePage';
import { casePanelsOf, uiModules } from '../modules';
import { CasePanelsProvider } from '../extensions/casePage';
import { ModuleHomePage } from '../pages/ModuleHomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { useTenant } from '../tenant/TenantContext';
import { AppLayout } from './AppLayout';
import { navigationFrom } from './navigation';
import { canReadRules, RULES_PATH, RulesRoutes } from '../platform/rules/RulesRoutes';

/** Loads the current user and draws the application for them: routes only for the modules they have. */
export function Shell() {
  const { t } = useTranslation();
  const { tenant, setTenant } = useTenant();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const data = me.data;
  const [announcement, setAnnouncement] = useState('');
  const returnHandled = useRef(false);
  // The case page's panels of the modules the server lists for this user (docs/adr/0016).
  const panels = useMemo(() => casePanelsOf(data?.modules.map((module) => module.name) ?? []), [data]);

  // A stored choice the server no longer offers (another user in this tab, a tenant removed) falls back
  // to the district view rather than sending a header the server would refuse.
  useEffect(() => {
    if (!data || me.isPlaceholderData || !tenant) return;
    if (!data.canChooseTenant || !data.tenants.some((option) => option.id === tenant)) setTenant(null);
  }, [data, me.isPlaceholderData, tenant, setTenant]);

  // Back to the page the user asked for before the login round trip.
  useEffect(() => {
    if (!me.isSuccess || returnHandled.current) return;
    returnHandled.current = true;
    clearLoggedOut(); // a logout that did not go through
    const target = consumeReturnTo();
    if (target && target !== location.pathname + location.search) void navigate(target, { replace: true });
  }, [me.isSuccess, navigate, location]);

  const changeTenant = (next: string | null) => {
    setTenant(next);
    const name = data ? tenantName(data, next) : null;
    setAnnouncement(t('header.tenant.changed', { name: name ?? t('header.tenant.district') }));
  };

  const layout = (content: React.ReactNode, busy = false) => (
    <AppLayout me={data} tenant={tenant} onTenantChange={changeTenant} busy={busy}>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {content}
    </AppLayout>
  );

  useSessionRecovery(me.refetch);

  // Once the user is known, the page stays whatever a later call answers (an ended session, a network failure): what
  // they typed would go with it. Each failed call shows its own error, and the session banner says how to go on.
  if (!data) {
    if (me.isError && isUnauthorized(me.error)) {
      return layout(<LoginRequired />);
    }
    if (me.isError) {
      return layout(
        <>
          <ProblemAlert error={me.error} onRetry={() => void me.refetch()} headingLevel={1} />
          {tenant && (
            <Button color="primary" outline size="sm" onClick={() => changeTenant(null)}>
              {t('header.tenant.district')}
            </Button>
          )}
        </>,
      );
    }
    return layout(<Loading label={t('loading.profile')} />, true);
  }

  const user = data;
  const switching = me.isPlaceholderData;
  return layout(
    <>
      {switching && <Loading label={t('loading.refreshing')} />}
      <CasePanelsProvider panels={panels}>
        <Routes>
          <Route index element={<HomePage me={user} tenant={tenant} />} />
          <Route path="signed-in" element={<SignedInPage />} />
          {navigationFrom(user).map((entry) => {
            const Module = uiModules[entry.name];
            return (
              <Route
                key={entry.name}
                path={`${entry.path}/*`}
                element={Module ? <Module me={user} /> : <ModuleHomePage name={entry.name} />}
              />
            );
          })}
          {canReadRules(user) && <Route path={`${RULES_PATH}/*`} element={<RulesRoutes me={user} />} />}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </CasePanelsProvider>
    </>,
    switching,
  );
}

/**
 * After the session ended under this page: asks the server again when another tab signs in (or the user comes back to
 * this tab), and once it knows the user, refreshes what the page shows. The drafts on the page are untouched.
 */
function useSessionRecovery(refetchMe: () => Promise<{ status: string }>) {
  const state = useSessionState();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (state !== 'ended') return;
    const check = async () => {
      const result = await refetchMe();
      if (result.status !== 'success') return;
      sessionRestored();
      void queryClient.invalidateQueries();
    };
    const whenVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    const stopListening = onSignedInElsewhere(() => void check());
    document.addEventListener('visibilitychange', whenVisible);
    window.addEventListener('focus', whenVisible);
    return () => {
      stopListening();
      document.removeEventListener('visibilitychange', whenVisible);
      window.removeEventListener('focus', whenVisible);
    };
  }, [state, refetchMe, queryClient]);
}
