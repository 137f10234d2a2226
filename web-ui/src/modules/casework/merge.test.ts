import { describe, expect, it } from 'vitest';
import { mergeFields, mergeProject, type ActionDraft, type ProjectDraft } from './merge';

const action = (id: string | null, description: string, status = 'PLANNED'): ActionDraft => ({
  id,
  key: id ?? description,
  description,
  ownerKind: 'HOUSEHOLD',
  ownerUserId: '',
  ownerName: 'Nucleo',
  dueDate: '',
  status,
});

describe('mergeFields', () => {
  it('keeps what the user changed and takes the rest from theirs', () => {
    const base = { violence: false, socialNetwork: 'ADEQUATE', monthlyRent: '' };
    const theirs = { violence: true, socialNetwork: 'ADEQUATE', monthlyRent: '' };
    const mine = { violence: false, socialNetwork: 'WEAK', monthlyRent: '' };
    expect(mergeFields(base, theirs, mine)).toEqual({ violence: true, socialNetwork: 'WEAK', monthlyRent: '' });
  });
});

describe('mergeProject', () => {
  const base: ProjectDraft = {
    goals: ['Trovare casa'],
    actions: [action('a1', 'Colloquio'), action('a2', 'Domanda fondo affitto')],
    waysAndTimes: 'Sei mesi',
  };

  it('loses neither side', () => {
    const theirs: ProjectDraft = {
      goals: ['Trovare casa', 'Lavoro stabile'],
      actions: [action('a1', 'Colloquio', 'DONE'), action('a2', 'Domanda fondo affitto'), action('a3', 'Microcredito')],
      waysAndTimes: 'Sei mesi',
    };
    const mine: ProjectDraft = {
      goals: ['Trovare casa', 'Rete di sostegno'],
      actions: [action('a1', 'Colloquio congiunto'), action(null, 'Visita domiciliare')],
      waysAndTimes: 'Otto mesi, verifica mensile',
    };
    const merged = mergeProject(base, theirs, mine);
    expect(merged.goals).toEqual(['Trovare casa', 'Lavoro stabile', 'Rete di sostegno']);
    // a1: my description and their status; a2: I removed it; a3: theirs; the new one: mine
    expect(merged.actions.map((a) => [a.id, a.description, a.status])).toEqual([
      ['a1', 'Colloquio congiunto', 'DONE'],
      ['a3', 'Microcredito', 'PLANNED'],
      [null, 'Visita domiciliare', 'PLANNED'],
    ]);
    expect(merged.waysAndTimes).toBe('Otto mesi, verifica mensile');
  });

  it('keeps their ways and times when the user did not touch them', () => {
    const theirs = { ...base, waysAndTimes: 'Tre mesi' };
    expect(mergeProject(base, theirs, base).waysAndTimes).toBe('Tre mesi');
  });
});
