import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../src/report';
import type { ReportDocument } from '../../src/engine/document/types';

const doc = (title: string, namnd: string | null) => ({ title, namnd }) as ReportDocument;

describe('reportFileName', () => {
  it.each<[string, string | null, string]>([
    ['Delårsrapport T1 2025', 'Vård- och omsorgsnämnden', 'Delårsrapport T1 2025 – Vård- och omsorgsnämnden.docx'],
    ['Verksamhetsberättelse 2024', null, 'Verksamhetsberättelse 2024.docx'],
    ['Delårsbokslut T2', 'Barn/utbildning: "nämnd"\u0007', 'Delårsbokslut T2 – Barn utbildning nämnd.docx'],
    ['', null, 'Rapport.docx'],
  ])('%s / %s', (title, namnd, want) => {
    expect(reportFileName(doc(title, namnd))).toBe(want);
  });
});
