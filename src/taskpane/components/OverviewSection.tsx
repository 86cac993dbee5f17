/**
 * Översikt: the recognised tables per sheet and what each column means, in the user's words
 * (issue 12, point 1): each column shows its letter, header and first values, and its drop-down
 * offers only the roles that fit the table's kind. Corrections are saved in the workbook.
 */
import { useState } from 'react';
import { Badge, Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import type { PaneAnalysis } from '../engine';
import type { RecognizedTable, TableKind } from '../../engine/model';
import type { CellValue, Lang, MappingOverride, WorkbookInput } from '../../engine/types';
import { colLetters, getCell, parseA1 } from '../../engine/cells';
import { fmt, type Strings } from '../i18n';
import { choiceLabel, choiceOf, choicesFor } from '../roles';
import { NoTablesNotice, RunButton, useSectionStyles } from './common';

const KINDS: TableKind[] = ['goals', 'indicators', 'activities', 'risks', 'budget', 'annex'];
const SAMPLES = 3;

type Draft = Record<string, { kind: string; columns: Record<number, string> }>;

const useStyles = makeStyles({
  table: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  sample: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** First column of a table, from its id (`Sheet!G3`). */
function firstColOf(t: RecognizedTable): number {
  return parseA1(t.id.slice(t.id.lastIndexOf('!') + 1)).c;
}

function current(t: RecognizedTable, d: Draft) {
  return d[t.id] ?? { kind: t.kind, columns: Object.fromEntries(t.columns.map((c) => [c.col, choiceOf(c)])) };
}

function shown(v: CellValue, lang: Lang): string | null {
  if (v === null || v === '') return null;
  if (typeof v === 'number') return fmt(v, lang, 2);
  if (typeof v === 'boolean') return v ? 'SANT' : 'FALSKT';
  if (typeof v === 'object') return v.error;
  const t = v.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

/** The first few values under a column's header, so the choice of role is obvious. */
export function sampleValues(input: WorkbookInput, t: RecognizedTable, col: number, lang: Lang, n = SAMPLES): string[] {
  const sheet = input.sheets.find((x) => x.name === t.sheet);
  if (!sheet) return [];
  const out: string[] = [];
  for (const row of t.rows) {
    if (row.kind !== 'data') continue;
    const v = shown(getCell(sheet, row.r, col)?.v ?? null, lang);
    if (v !== null) out.push(v);
    if (out.length >= n) break;
  }
  return out;
}

export function OverviewSection(p: {
  s: Strings;
  lang: Lang;
  analysis: PaneAnalysis | null;
  busy: boolean;
  onRun: () => void;
  onSave: (m: MappingOverride[]) => void;
}) {
  const { s, lang, analysis } = p;
  const styles = useSectionStyles();
  const own = useStyles();
  const [draft, setDraft] = useState<Draft>({});
  const tables = analysis?.model.tables ?? [];
  const sheets = [...new Set(tables.map((t) => t.sheet))];

  const save = () => {
    const m: MappingOverride[] = [];
    // Keep corrections made earlier for tables not edited now.
    for (const o of analysis?.input.mappings ?? []) m.push(o);
    for (const t of tables) {
      if (!draft[t.id]) continue;
      const c = draft[t.id];
      const o: MappingOverride = { sheet: t.sheet, headerRow: t.headerRows[0], kind: c.kind, columns: c.columns };
      // Tables side by side share a header row: the mapping names its table by its first column.
      if (tables.some((x) => x !== t && x.sheet === t.sheet && x.headerRows[0] === t.headerRows[0])) o.firstCol = firstColOf(t);
      const i = m.findIndex((x) => x.sheet === o.sheet && x.headerRow === o.headerRow && x.firstCol === o.firstCol);
      if (i >= 0) m[i] = o;
      else m.push(o);
    }
    p.onSave(m);
    setDraft({});
  };

  return (
    <section className={styles.section} aria-labelledby="ov-title" data-testid="section-overview">
      <h2 id="ov-title" className={styles.groupTitle}>
        {s.section.overview}
      </h2>
      <RunButton s={s} busy={p.busy} onRun={p.onRun} />
      {!analysis && <Text className={styles.muted}>{s.overview.notRun}</Text>}
      {analysis && tables.length === 0 && <NoTablesNotice s={s} />}
      {sheets.map((sheet) => (
        <div key={sheet} className={styles.section} data-testid="overview-sheet" data-sheet={sheet}>
          <h3 className={styles.groupTitle}>
            {s.overview.sheet}: {sheet}
          </h3>
          {tables
            .filter((t) => t.sheet === sheet)
            .map((t) => {
              const c = current(t, draft);
              const set = (next: typeof c) => setDraft({ ...draft, [t.id]: next });
              return (
                <div key={t.id} className={own.table} data-testid="overview-table" data-table={t.id}>
                  <div className={styles.row}>
                    <Badge appearance="outline" className={styles.pill}>
                      {s.kind[c.kind] ?? c.kind}
                    </Badge>
                    <Text size={200}>
                      {t.title ? `${t.title} · ` : ''}
                      {s.overview.header(t.headerRows[0] + 1)}
                    </Text>
                    {t.confirmed && (
                      <Badge color="success" className={styles.pill}>
                        {s.overview.confirmed}
                      </Badge>
                    )}
                  </div>
                  <Field label={s.overview.kind} size="small">
                    <Select size="small" value={c.kind} onChange={(_, d) => set({ ...c, kind: d.value })} data-testid="kind-select">
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {s.kind[k]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  {t.columns.map((col) => {
                    const value = c.columns[col.col] ?? 'ignore';
                    const samples = analysis ? sampleValues(analysis.input, t, col.col, lang) : [];
                    const letter = colLetters(col.col);
                    return (
                      <Field
                        key={col.col}
                        className={own.column}
                        size="small"
                        label={`${letter}: ${col.header || s.overview.column(letter)}`}
                        hint={samples.length ? s.overview.sample(samples.join(' · ')) : s.overview.emptyColumn}
                      >
                        <Select
                          size="small"
                          value={value}
                          onChange={(_, d) => set({ ...c, columns: { ...c.columns, [col.col]: d.value } })}
                          data-testid="role-select"
                          data-col={col.col}
                        >
                          {choicesFor(c.kind, value).map((r) => (
                            <option key={r} value={r}>
                              {choiceLabel(r, lang)}
                            </option>
                          ))}
                          <option value="ignore">{s.overview.ignore}</option>
                        </Select>
                      </Field>
                    );
                  })}
                </div>
              );
            })}
        </div>
      ))}
      {tables.length > 0 && (
        <Button icon={<SaveRegular />} disabled={p.busy || Object.keys(draft).length === 0} onClick={save} data-testid="save-mapping">
          {s.overview.save}
        </Button>
      )}
    </section>
  );
}
