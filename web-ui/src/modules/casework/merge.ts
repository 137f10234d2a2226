/**
 * Three-way merges for stale edits: `base` is what the user started from, `theirs` what someone else saved since,
 * `mine` the user's form. What the user changed wins; everything else is theirs. Nothing is silently dropped: the
 * result goes back into the form for the user to review before saving.
 */
export function mergeFields<T extends object>(base: T, theirs: T, mine: T): T {
  const result = { ...theirs };
  for (const key of Object.keys(mine) as (keyof T)[]) {
    if (!same(mine[key], base[key])) result[key] = mine[key];
  }
  return result;
}

export interface ProjectDraft {
  goals: string[];
  actions: ActionDraft[];
  waysAndTimes: string;
}

export interface ActionDraft {
  /** The server's id; absent for an action added in this form. */
  id?: string | null;
  /** Keeps React's list stable while editing. */
  key: string;
  description: string;
  ownerKind: string;
  ownerUserId: string;
  ownerName: string;
  dueDate: string;
  status: string;
}

/**
 * The user's changes to a project re-applied on top of the version someone else saved: goals the user added or
 * removed, actions the user added, changed or removed (by id), and the ways and times if the user changed them.
 */
export function mergeProject(base: ProjectDraft, theirs: ProjectDraft, mine: ProjectDraft): ProjectDraft {
  const removedGoals = base.goals.filter((goal) => !mine.goals.includes(goal));
  const addedGoals = mine.goals.filter((goal) => !base.goals.includes(goal));
  const goals = theirs.goals.filter((goal) => !removedGoals.includes(goal));
  for (const goal of addedGoals) if (!goals.includes(goal)) goals.push(goal);

  const baseById = new Map(base.actions.filter((a) => a.id).map((a) => [a.id, a]));
  const mineById = new Map(mine.actions.filter((a) => a.id).map((a) => [a.id, a]));
  const actions: ActionDraft[] = [];
  for (const action of theirs.actions) {
    const before = action.id ? baseById.get(action.id) : undefined;
    const after = action.id ? mineById.get(action.id) : undefined;
    if (before && !after) continue; // the user removed it
    actions.push(before && after ? mergeFields(before, action, after) : action);
  }
  for (const action of mine.actions) if (!action.id) actions.push(action);

  return {
    goals,
    actions,
    waysAndTimes: mine.waysAndTimes !== base.waysAndTimes ? mine.waysAndTimes : theirs.waysAndTimes,
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
