/** The ribbon command's work: read → analyze → colour only (no generated sheets). */
import { describe, expect, it } from 'vitest';
import { checkAndColour } from '../../src/commands/commands';
import { workbook } from '../fixtures/sheet';
import { FakeHost } from './fake-host';
import { kfResults } from './workbooks';

describe('checkAndColour command', () => {
  it('applies traffic-light fills and writes no sheets', async () => {
    const host = new FakeHost(workbook(kfResults));
    const r = await checkAndColour(host);
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].sheets).toEqual([]);
    expect(host.applied[0].fills.find((f) => f.cell === 'E6')).toEqual({ sheet: 'KF-indikatorer', cell: 'E6', fill: 'FFFFC7CE', font: 'FF9C0006' });
    expect(r.fills).toBe(host.applied[0].fills.length);
  });
});
