import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '../../api/client';
import type { ApiError } from '../../api/problem';

export type RuleSetView = Schemas['RuleSetView'];
export type RuleVersionView = Schemas['RuleVersionView'];
export type RuleVersionRequest = Schemas['RuleVersionRequest'];
export type RuleReviewView = Schemas['RuleReviewView'];
export type Evaluation = Schemas['Evaluation'];
export type FactDefinition = Schemas['FactDefinition'];

/** Rules are the district's: every call is made with no municipality. */
function useRulesApi() {
  return useApiClient(null);
}

export const ruleKeys = {
  all: ['platform', 'rules'] as const,
  ruleSet: (id: string) => ['platform', 'rules', id] as const,
  version: (ruleSet: string, id: number) => ['platform', 'rules', ruleSet, 'version', id] as const,
  changes: (ruleSet: string, id: number) => ['platform', 'rules', ruleSet, 'changes', id] as const,
};

export function useRuleSets() {
  const api = useRulesApi();
  return useQuery<RuleSetView[], ApiError>({
    queryKey: ruleKeys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/api/platform/rules', { signal })),
  });
}

export function useRuleSet(ruleSet: string) {
  const api = useRulesApi();
  return useQuery<RuleSetView, ApiError>({
    queryKey: ruleKeys.ruleSet(ruleSet),
    queryFn: ({ signal }) => unwrap(api.GET('/api/platform/rules/{ruleSet}', { params: { path: { ruleSet } }, signal })),
  });
}

export function useVersion(ruleSet: string, id: number) {
  const api = useRulesApi();
  return useQuery<RuleVersionView, ApiError>({
    queryKey: ruleKeys.version(ruleSet, id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/platform/rules/{ruleSet}/versions/{id}', { params: { path: { ruleSet, id } }, signal })),
  });
}

export function useChanges(ruleSet: string, id: number, enabled: boolean) {
  const api = useRulesApi();
  return useQuery<RuleReviewView, ApiError>({
    queryKey: ruleKeys.changes(ruleSet, id),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/platform/rules/{ruleSet}/versions/{id}/changes', { params: { path: { ruleSet, id } }, signal })),
  });
}

function useInvalidate(ruleSet: string) {
  const queries = useQueryClient();
  return () => queries.invalidateQueries({ queryKey: ruleKeys.all }).then(() => queries.invalidateQueries({ queryKey: ruleKeys.ruleSet(ruleSet) }));
}

export function useDraft(ruleSet: string) {
  const api = useRulesApi();
  const invalidate = useInvalidate(ruleSet);
  return useMutation<RuleVersionView, ApiError, RuleVersionRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/platform/rules/{ruleSet}/versions', { params: { path: { ruleSet } }, body })),
    onSuccess: invalidate,
  });
}

export function useChangeDraft(ruleSet: string, id: number) {
  const api = useRulesApi();
  const invalidate = useInvalidate(ruleSet);
  return useMutation<RuleVersionView, ApiError, { version: RuleVersionRequest; revision: number }>({
    mutationFn: (body) =>
      unwrap(api.PUT('/api/platform/rules/{ruleSet}/versions/{id}', { params: { path: { ruleSet, id } }, body })),
    onSuccess: invalidate,
  });
}

export function useDiscard(ruleSet: string, id: number) {
  const api = useRulesApi();
  const invalidate = useInvalidate(ruleSet);
  return useMutation<unknown, ApiError, number>({
    mutationFn: (revision) =>
      unwrap(api.DELETE('/api/platform/rules/{ruleSet}/versions/{id}', { params: { path: { ruleSet, id }, query: { revision } } })),
    onSuccess: invalidate,
  });
}

export function useAdopt(ruleSet: string, id: number) {
  const api = useRulesApi();
  const invalidate = useInvalidate(ruleSet);
  return useMutation<RuleVersionView, ApiError, number>({
    mutationFn: (revision) =>
      unwrap(api.POST('/api/platform/rules/{ruleSet}/versions/{id}/adoption', { params: { path: { ruleSet, id } }, body: { revision } })),
    onSuccess: invalidate,
  });
}

export function useWhatIf(ruleSet: string) {
  const api = useRulesApi();
  return useMutation<Evaluation, ApiError, Schemas['RuleWhatIf']>({
    mutationFn: (body) => unwrap(api.POST('/api/platform/rules/{ruleSet}/evaluation', { params: { path: { ruleSet } }, body })),
  });
}

/** A version's content as a request: what a new draft starts from, and what a draft's form edits. */
export function requestOf(version: RuleVersionView, key: string = version.key): RuleVersionRequest {
  return {
    key,
    municipality: version.municipality,
    act: version.act,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo,
    parameters: version.parameters,
    criteria: version.criteria,
    decision: version.decision,
  };
}
