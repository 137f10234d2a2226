import { describe, expect, it } from 'vitest';
import { draftOf, newAction, toRequest, validateProject } from './projectDraft';
import { projectView } from './testData';

describe('the project draft', () => {
  it('starts a project not written yet with one empty goal, and checks what the server checks', () => {
    const draft = draftOf(undefined);
    expect(draft).toEqual({ goals: [''], actions: [], waysAndTimes: '' });
    const withAction = { ...draft, actions: [{ ...newAction(), ownerKind: 'AGENCY_OPERATOR', ownerName: 'Marta' }] };
    expect(validateProject(withAction)).toEqual({
      goals: 'project.goals.required',
      'actions[0].description': 'NotBlank',
      'actions[0].owner.userId': 'project.action.owner.userIdRequired',
    });
  });

  it('sends trimmed text without blank goals, and an operator id only for operator owners', () => {
    const draft = draftOf(projectView({ goals: ['Trovare casa'] }));
    draft.goals.push('  ');
    draft.actions.push({ ...newAction(), description: ' Cercare annunci ', ownerName: ' Famiglia ', ownerUserId: 'ignored' });
    expect(toRequest(draft, 4)).toEqual({
      version: 4,
      goals: ['Trovare casa'],
      actions: [{ id: null, description: 'Cercare annunci', owner: { kind: 'HOUSEHOLD', userId: null, displayName: 'Famiglia' }, dueDate: null, status: 'PLANNED' }],
      waysAndTimes: 'Sei mesi',
    });
  });
});
