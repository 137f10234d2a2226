import { describe, expect, it } from 'vitest';
import { casePanelsOf } from '../modules';

describe("the case page's extension points", () => {
  it('gives the case page the panels of the modules the user has, and of no other', () => {
    expect(casePanelsOf(['casework', 'emergency']).map((panel) => panel.id)).toEqual(['emergency']);
    expect(casePanelsOf(['casework', 'monitoring'])).toEqual([]);
  });
});
