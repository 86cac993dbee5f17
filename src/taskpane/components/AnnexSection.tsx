/**
 * Bilagor: the coordinator picks the units' workbooks, sees each file's annex tables with their
 * totals (a total that does not add up marked red, in words), and writes the assembled Bilagor
 * sheet into the open workbook.
 */
import { useRef } from 'react';
import { Badge, Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import type { Lang } from '../../engine/types';
import type { Strings } from '../i18n';
import type { AnnexAssembly, AnnexUnit } from '../useAnnexAssembly';
import { StatusLabel, useSectionStyles } from './common';

const useStyles = makeStyles({
  file: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', minWidth: 0 },
  mismatch: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere', minWidth: 0 },
  hidden: { display: 'none' },
});

function UnitCard({ u, s, onRemove }: { u: AnnexUnit; s: Strings; onRemove: () => void }) {
  const styles = useSectionStyles();
  const own = useStyles();
  const annexes = u.analysis?.annexes ?? [];
  const mismatches = (u.analysis?.findings ?? []).filter((f) => f.code === 'annex.total-mismatch');
  return (
    <li className={own.file} data-testid="annex-file" data-file={u.file} data-annexes={annexes.length} data-mismatches={mismatches.length}>
      <div className={own.head}>
        <h3 className={own.name}>{u.file}</h3>
        <Button appearance="subtle" size="small" icon={<DeleteRegular />} aria-label={s.annex.remove(u.file)} onClick={onRemove} data-testid="annex-remove" />
      </div>
      {u.error && (
        <MessageBar intent="error" layout="multiline" data-testid="annex-file-error">
          <MessageBarBody>
            <Text weight="semibold">{s.annex.unreadable}: </Text>
            {u.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {u.analysis && annexes.length === 0 && <Text className={styles.muted}>{s.annex.noAnnexes}</Text>}
      {annexes.length > 0 && (
        <ul className={styles.list}>
          {annexes.map((a) => {
            const rows = a.rows.filter((r) => r.kind === 'data').length;
            return (
              <li key={a.tableId} data-testid="annex-table" data-table={a.tableId}>
                <Text>{a.title ?? a.sheet}</Text>{' '}
                <Caption1 className={styles.muted}>
                  ({a.sheet} · {rows} · {s.annex.totals(a.totals.length)})
                </Caption1>
              </li>
            );
          })}
        </ul>
      )}
      {mismatches.length > 0 && (
        <ul className={styles.list}>
          {mismatches.map((f, i) => (
            <li key={i} className={own.mismatch} data-testid="annex-mismatch" data-cell={f.cell} data-status="red">
              <StatusLabel s={s} status="red" />
              <span>
                <Text weight="semibold">{s.annex.mismatch}: </Text>
                {f.sheet}!{f.cell} – {f.message}
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function AnnexSection(p: { s: Strings; lang: Lang; busy: boolean; assembly: AnnexAssembly }) {
  const { s, assembly } = p;
  const styles = useSectionStyles();
  const own = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const units = assembly.units;
  const ready = units.some((u) => (u.analysis?.annexes.length ?? 0) > 0);
  const total = units.reduce((n, u) => n + (u.analysis?.annexes.length ?? 0), 0);
  return (
    <section className={styles.section} aria-labelledby="annex-title" data-testid="section-annex">
      <h2 id="annex-title" className={styles.groupTitle}>
        {s.section.annex}
      </h2>
      <Text>{s.annex.intro}</Text>
      <input
        ref={input}
        className={own.hidden}
        type="file"
        multiple
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="annex-files"
        aria-label={s.annex.pick}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = ''; // the same files can be picked again
          void assembly.add(files);
        }}
      />
      <div className={styles.row}>
        <Button icon={<FolderOpenRegular />} disabled={p.busy} onClick={() => input.current?.click()} data-testid="annex-pick">
          {s.annex.pick}
        </Button>
        {total > 0 && (
          <Badge appearance="outline" className={styles.pill}>
            {s.annex.tables(total)}
          </Badge>
        )}
      </div>
      {units.length === 0 ? (
        <Text className={styles.muted}>{s.annex.none}</Text>
      ) : (
        <ul className={styles.list} style={{ gap: tokens.spacingVerticalS }}>
          {units.map((u) => (
            <UnitCard key={u.file} u={u} s={s} onRemove={() => assembly.remove(u.file)} />
          ))}
        </ul>
      )}
      <Button appearance="primary" icon={<DocumentTableRegular />} disabled={p.busy || !ready} onClick={() => void assembly.write()} data-testid="annex-write">
        {s.annex.write}
      </Button>
    </section>
  );
}
