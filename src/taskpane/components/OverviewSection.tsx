/** Översikt: recognised tables per sheet, with a correctable column mapping saved to the workbook. */
import { useState } from 'react';
import { Badge, Button, Field, Select, Text } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import type { Analysis } from '../../engine/analyze';
import type { ColumnRole, RecognizedTable, TableKind } from '../../engine/model';
import type { MappingOverride } from '../../engine/types';
import { parseA1 } from '../../engine/cells';
import type { Strings } from '../i18n';
import { RunButton, useSectionStyles } from './common';

const KINDS: TableKind[] = ['goals', 'indicators', 'activities', 'risks', 'budget', 'annex'];
/** Every role a user may pick; typed so a role the engine drops fails to compile here. */
export const ROLES: ColumnRole[] = [
  'goalId', 'level', 'goalText', 'parent', 'goal', 'area', 'indicator', 'threshold', 'green', 'yellow', 'red',
  'direction', 'baseline', 'frequency', 'source', 'result', 'activity', 'involved', 'status', 'deadline',
  'indicatorRef', 'responsible', 'reporter', 'risk', 'control', 'key', 'name', 'lineType', 'budget', 'actual',
  'forecast', 'deviation', 'comment', 'action', 'amount', 'month',
];

type Draft = Record<string, { kind: string; columns: Record<number, string> }>;

/** First column of a table, from its id (`Sheet!G3`). */
function firstColOf(t: RecognizedTable): number {
  return parseA1(t.id.slice(t.id.lastIndexOf('!') + 1)).c;
}

function current(t: RecognizedTable, d: Draft) {
  return d[t.id] ?? { kind: t.kind, columns: Object.fromEntries(t.columns.map((c) => [c.col, c.role])) };
}

export function OverviewSection(p: {
  s: Strings;
  analysis: Analysis | null;
  busy: boolean;
  onRun: () => void;
  onSave: (m: MappingOverride[]) => void;
}) {
  const { s, analysis } = p;
  const styles = useSectionStyles();
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
      {analysis && tables.length === 0 && <Text>{s.overview.empty}</Text>}
      {sheets.map((sheet) => (
        <div key={sheet} data-testid="overview-sheet" data-sheet={sheet}>
          <h3 className={styles.groupTitle}>
            {s.overview.sheet}: {sheet}
          </h3>
          {tables
            .filter((t) => t.sheet === sheet)
            .map((t) => {
              const c = current(t, draft);
              const set = (next: typeof c) => setDraft({ ...draft, [t.id]: next });
              return (
                <div key={t.id} data-testid="overview-table" data-table={t.id}>
                  <div className={styles.row}>
                    <Badge appearance="outline">{s.kind[c.kind] ?? c.kind}</Badge>
                    <Text size={200}>{s.overview.header(t.headerRows[0] + 1)}</Text>
                    {t.confirmed && <Badge color="success">{s.overview.confirmed}</Badge>}
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
                  {t.columns.map((col) => (
                    <Field key={col.col} label={col.header || `${s.overview.column} ${col.col + 1}`} size="small">
                      <Select
                        size="small"
                        value={c.columns[col.col] ?? 'ignore'}
                        onChange={(_, d) => set({ ...c, columns: { ...c.columns, [col.col]: d.value } })}
                        data-testid="role-select"
                        data-col={col.col}
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                        <option value="ignore">{s.overview.ignore}</option>
                      </Select>
                    </Field>
                  ))}
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
