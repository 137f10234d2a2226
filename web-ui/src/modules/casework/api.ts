import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '../../api/client';
import type { ApiError } from '../../api/problem';
import { isStaleEdit } from './problems';
import type { paths } from '../../api/schema';
import { useTenant } from '../../tenant/TenantContext';

export type CaseView = Schemas['CaseView'];
export type HouseholdView = Schemas['HouseholdView'];
export type ProjectView = Schemas['ProjectView'];
export type ProjectRevisionView = Schemas['ProjectRevisionView'];
export type NoteView = Schemas['NoteView'];
export type InterviewView = Schemas['InterviewView'];
export type InboxEntry = Schemas['InboxEntry'];
export type GradeProposal = Schemas['GradeProposalView'];
export type GradeReason = Schemas['GradeReason'];
export type FileRequest = Schemas['FileRequest'];
export type MemberRequest = Schemas['MemberRequest'];
export type ChecklistRequest = Schemas['ChecklistRequest'];
export type ProjectRequest = Schemas['ProjectRequest'];
export type ActionRequest = Schemas['ActionRequest'];
export type CaseStatus = CaseView['status'];
export type HouseholdConsentView = Schemas['HouseholdConsentView'];
export type ConsentScope = HouseholdConsentView['scopes'][number]['scope'];
export type InboxQuery = NonNullable<paths['/api/casework/inbox']['get']['parameters']['query']>;

/** Query keys: everything of one case under ['casework', 'case', municipality, id]. */
export const keys = {
  all: ['casework'] as const,
  inbox: (tenant: string | null, query: InboxQuery) => ['casework', 'inbox', tenant ?? 'district', query] as const,
  case: (municipality: string, id: string) => ['casework', 'case', municipality, id] as const,
  household: (municipality: string, id: string) => ['casework', 'household', municipality, id] as const,
};

export function useInbox(query: InboxQuery, enabled = true) {
  const api = useApiClient();
  const { tenant } = useTenant();
  return useQuery<Schemas['PagedModelInboxEntry'], ApiError>({
    queryKey: keys.inbox(tenant, query),
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/casework/inbox', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The calls of one case, made in the case's own municipality (the X-Casa-Tenant of agency staff). */
export function useCaseApi(municipality: string) {
  return useApiClient(municipality);
}

export function useCase(municipality: string, caseId: string) {
  const api = useCaseApi(municipality);
  return useQuery<CaseView, ApiError>({
    queryKey: keys.case(municipality, caseId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/casework/cases/{caseId}', { params: { path: { caseId } }, signal })),
  });
}

export function useHousehold(municipality: string, householdId: string | undefined) {
  const api = useCaseApi(municipality);
  return useQuery<HouseholdView, ApiError>({
    queryKey: keys.household(municipality, householdId ?? ''),
    enabled: Boolean(householdId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/casework/households/{householdId}', {
          params: { path: { householdId: householdId ?? '' } },
          signal,
        }),
      ),
  });
}

/** The household's consent, scope by scope, with its history: under the household's key, refreshed with it. */
export function useConsent(municipality: string, householdId: string | undefined) {
  const api = useCaseApi(municipality);
  return useQuery<HouseholdConsentView, ApiError>({
    queryKey: [...keys.household(municipality, householdId ?? ''), 'consent'],
    enabled: Boolean(householdId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/casework/households/{householdId}/consent', {
          params: { path: { householdId: householdId ?? '' } },
          signal,
        }),
      ),
  });
}

/** Whether the consent to {@code scope} is in force today (ending soon still is). */
export function consentInForce(consent: HouseholdConsentView | undefined, scope: ConsentScope) {
  const status = consent?.scopes.find((entry) => entry.scope === scope)?.status;
  return status === 'IN_FORCE' || status === 'ENDING_SOON';
}

export function useProject(municipality: string, caseId: string, agreed: boolean) {
  const api = useCaseApi(municipality);
  return useQuery<ProjectView, ApiError>({
    queryKey: [...keys.case(municipality, caseId), 'project'],
    enabled: agreed,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/casework/cases/{caseId}/project', { params: { path: { caseId } }, signal })),
  });
}

export function useProjectRevisions(municipality: string, caseId: string, agreed: boolean) {
  const api = useCaseApi(municipality);
  return useQuery<ProjectRevisionView[], ApiError>({
    queryKey: [...keys.case(municipality, caseId), 'project', 'revisions'],
    enabled: agreed,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/casework/cases/{caseId}/project/revisions', { params: { path: { caseId } }, signal }),
      ),
  });
}

export function useNotes(municipality: string, caseId: string, page: number) {
  const api = useCaseApi(municipality);
  return useQuery<Schemas['PagedModelNoteView'], ApiError>({
    queryKey: [...keys.case(municipality, caseId), 'notes', page],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/casework/cases/{caseId}/notes', {
          params: { path: { caseId }, query: { page, size: 20 } },
          signal,
        }),
      ),
  });
}

export function useInterviews(municipality: string, caseId: string) {
  const api = useCaseApi(municipality);
  return useQuery<InterviewView[], ApiError>({
    queryKey: [...keys.case(municipality, caseId), 'interviews'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/casework/cases/{caseId}/interviews', { params: { path: { caseId } }, signal })),
  });
}

/** After any change to a case: its views, and the inboxes that list it. */
export function useRefreshCase(municipality: string, caseId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.case(municipality, caseId) }),
      queryClient.invalidateQueries({ queryKey: ['casework', 'household', municipality] }),
      queryClient.invalidateQueries({ queryKey: ['casework', 'inbox'] }),
    ]);
}

/** A mutation of a case that refreshes the case afterwards. */
export function useCaseMutation<TVariables, TResult>(
  municipality: string,
  caseId: string,
  call: (api: ReturnType<typeof useCaseApi>, variables: TVariables) => Promise<TResult>,
) {
  const api = useCaseApi(municipality);
  const refresh = useRefreshCase(municipality, caseId);
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn: (variables) => call(api, variables),
    onSuccess: () => refresh(),
    // A stale edit: load what the others saved before the form shows both versions side by side.
    onError: (error) => (isStaleEdit(error) ? refresh() : undefined),
  });
}

export type StaffMember = Schemas['StaffMember'];

/** The colleagues who can own an action of a case of this municipality (agency, teams, its operators). */
export function useStaff(municipality: string) {
  const api = useCaseApi(municipality);
  return useQuery<StaffMember[], ApiError>({
    queryKey: ['platform', 'staff', municipality],
    queryFn: ({ signal }) => unwrap(api.GET('/api/platform/staff', { signal })),
    staleTime: 5 * 60_000,
  });
}

export type CaseTimelineEntry = Schemas['CaseTimelineEntry'];

/** What other modules put on the case's timeline (docs/adr/0016), newest first. */
export function useTimeline(municipality: string, caseId: string, page: number) {
  const api = useCaseApi(municipality);
  return useQuery<Schemas['PagedModelCaseTimelineEntry'], ApiError>({
    queryKey: [...keys.case(municipality, caseId), 'timeline', page],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/casework/cases/{caseId}/timeline', {
          params: { path: { caseId }, query: { page, size: 20 } },
          signal,
        }),
      ),
  });
}
