import type { ActionRequest, ProjectRequest, ProjectView } from './api';
import type { ActionDraft, ProjectDraft } from './merge';
import { OPERATOR_KINDS } from './options';

// The project as its form edits it (every field a string, see merge.ts), and what the form sends.

let nextKey = 0;

/** A new, empty action: the household's own until someone else is named. */
export function newAction(): ActionDraft {
  nextKey += 1;
  return { id: null, key: `action-${nextKey}`, description: '', ownerKind: 'HOUSEHOLD', ownerUserId: '', ownerName: '', dueDate: '', status: 'PLANNED' };
}

/** The form's starting point: the saved project, or one empty goal for a project not written yet. */
export function draftOf(project: ProjectView | undefined): ProjectDraft {
  if (!project) return { goals: [''], actions: [], waysAndTimes: '' };
  return {
    goals: [...project.goals],
    actions: project.actions.map((action) => ({
      id: action.id,
      key: action.id,
      description: action.description,
      ownerKind: action.owner.kind,
      ownerUserId: action.owner.userId ?? '',
      ownerName: action.owner.displayName,
      dueDate: action.dueDate ?? '',
      status: action.status,
    })),
    waysAndTimes: project.waysAndTimes,
  };
}

/** The body to send: blank goals dropped, text trimmed, an operator's id only for operator owners. */
export function toRequest(draft: ProjectDraft, version: number): ProjectRequest {
  return {
    version,
    goals: draft.goals.map((goal) => goal.trim()).filter(Boolean),
    actions: draft.actions.map((action) => ({
      id: action.id ?? null,
      description: action.description.trim(),
      owner: {
        kind: action.ownerKind as ActionRequest['owner']['kind'],
        userId: OPERATOR_KINDS.has(action.ownerKind) ? action.ownerUserId.trim() || null : null,
        displayName: action.ownerName.trim(),
      },
      dueDate: action.dueDate || null,
      status: action.status as ActionRequest['status'],
    })),
    waysAndTimes: draft.waysAndTimes.trim(),
  };
}

/** The server's checks on a project, with its field paths and codes. */
export function validateProject(draft: ProjectDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.goals.every((goal) => goal.trim() === '')) errors.goals = 'project.goals.required';
  draft.actions.forEach((action, index) => {
    if (action.description.trim() === '') errors[`actions[${index}].description`] = 'NotBlank';
    if (action.ownerName.trim() === '') errors[`actions[${index}].owner.displayName`] = 'NotBlank';
    if (OPERATOR_KINDS.has(action.ownerKind) && action.ownerUserId.trim() === '')
      errors[`actions[${index}].owner.userId`] = 'project.action.owner.userIdRequired';
  });
  return errors;
}
