import { describe, expect, it } from 'vitest';
import { wrapLabel } from './BarFigure';

describe("a chart's category names", () => {
  it('wrap between words and are never cut', () => {
    const name = 'Termine temporale di accoglienza presso servizi di accoglienza temporanea';
    const lines = wrapLabel(name);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(name);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(38);
    expect(lines.join('')).not.toContain('…');
  });

  it('keep a short name on one line', () => {
    expect(wrapLabel('Melegnano')).toEqual(['Melegnano']);
  });
});
