/**
 * Skapa rapport: the delårsrapport / verksamhetsberättelse as a Word document, offered as a
 * download. Where the host cannot download (Excel on Mac and iPad), the pane says so and offers the
 * report as a sheet laid out for printing instead. The report code (builder, docx) is loaded only
 * when a report is made, in its own chunk, so the pane's first load does not grow.
 */
import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { DocumentRegular, TableRegular } from '@fluentui/react-icons';
import type { WorkbookHost } from '../../adapters/host';
// Types only (erased): the report code itself comes in the chunk below and in the engine's worker.
import type { ReportOptions } from '../../engine/document/build';
import type { ReportDocument } from '../../engine/document/types';
import type { Lang, Period } from '../../engine/types';
import { PERIODS } from '../../engine/types';
import { STRINGS } from '../i18n';
import type { PaneAnalysis } from '../engine';
import { useSectionStyles } from './common';

type NamndSource = 'option' | 'label' | 'title' | 'file' | null;

const T = {
  sv: {
    title: 'Rapport till nämnden',
    intro: 'Delårsrapport (T1, T2) eller verksamhetsberättelse (helår) som Word-dokument: måluppfyllelse per målområde och mål, indikatorer, aktiviteter, analyser och budgetavvikelser.',
    period: 'Period',
    namnd: 'Nämnd',
    namndHint: 'Lämna tomt för att hämta namnet ur arbetsboken',
    make: 'Skapa rapport',
    makeSheet: 'Skapa rapportbladet',
    making: 'Skapar rapporten …',
    cannot: 'Den här Excel-versionen kan inte ladda ned filer (Excel för Mac och iPad). Skapa rapporten som ett blad i arbetsboken i stället: uppdelat i sidor per målområde, klart att skriva ut eller spara som PDF.',
    downloaded: (name: string) => `Rapporten är nedladdad: ${name}. Skriv analyserna i Word där det står inom hakparentes.`,
    sheet: (name: string) => `Rapporten finns i bladet ${name}, uppdelad i sidor per målområde.`,
    source: {
      option: 'Nämnden enligt fältet ovan.',
      label: 'Nämnden hämtades ur arbetsboken (cellen bredvid Nämnd/Beslutsinstans).',
      title: 'Nämnden hämtades ur en rubrik i arbetsboken.',
      file: 'Nämnden hämtades ur filnamnet.',
      none: 'Inget nämndnamn hittades i arbetsboken; skriv det i fältet Nämnd.',
    },
  },
  en: {
    title: 'Report for the committee',
    intro: 'Interim report (T1, T2) or annual report (full year) as a Word document: goal attainment per focus area and goal, indicators, activities, analyses and budget deviations.',
    period: 'Period',
    namnd: 'Committee',
    namndHint: 'Leave empty to take the name from the workbook',
    make: 'Make report',
    makeSheet: 'Make the report sheet',
    making: 'Making the report …',
    cannot: 'This version of Excel cannot download files (Excel for Mac and iPad). Make the report as a sheet in the workbook instead: in pages per focus area, ready to print or save as PDF.',
    downloaded: (name: string) => `The report is downloaded: ${name}. Write the analyses in Word where the text is in square brackets.`,
    sheet: (name: string) => `The report is in the sheet ${name}, in pages per focus area.`,
    source: {
      option: 'Committee as given above.',
      label: 'Committee taken from the workbook (the cell beside Nämnd/Beslutsinstans).',
      title: 'Committee taken from a heading in the workbook.',
      file: 'Committee taken from the file name.',
      none: 'No committee name found in the workbook; enter it in the Committee field.',
    },
  },
};

export interface ReportActionProps {
  host: WorkbookHost;
  lang: Lang;
  busy: boolean;
  period: Period;
  onPeriod: (p: Period) => void;
  /** The pane's task runner (busy state, cancel, errors). */
  task: <R>(label: string, work: (signal: AbortSignal) => Promise<R>) => Promise<R | undefined>;
  /** Reads the workbook afresh and analyses it with the pane's options. */
  read: (signal: AbortSignal) => Promise<PaneAnalysis>;
  /** The report document for that analysis (the engine builds it where it holds the analysis). */
  build: (analysis: PaneAnalysis, o: ReportOptions, signal: AbortSignal) => Promise<ReportDocument>;
  /** The shell's today (tests fix it). */
  today?: () => string;
}

function isoToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The report chunk: the Word writer and the printable sheet, fetched on first use. */
const loadReport = () => import(/* webpackChunkName: "report" */ '../../report');

export function ReportAction(p: ReportActionProps) {
  const t = T[p.lang];
  const styles = useSectionStyles();
  const [namnd, setNamnd] = useState('');
  const [done, setDone] = useState<{ text: string; source: NamndSource } | null>(null);
  const canDownload = p.host.canDownload?.() === true && typeof p.host.saveFile === 'function';
  const options = (): ReportOptions => ({ date: (p.today ?? isoToday)(), namnd: namnd.trim() || null });

  const makeFile = () =>
    p.task(t.making, async (signal) => {
      setDone(null);
      const a = await p.read(signal);
      const [doc, { reportFile }] = await Promise.all([p.build(a, options(), signal), loadReport()]);
      const file = await reportFile(doc);
      if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
      await p.host.saveFile!(file.name, file.bytes, file.mime);
      setDone({ text: t.downloaded(file.name), source: file.doc.namndSource });
    });

  const makeSheet = () =>
    p.task(t.making, async (signal) => {
      setDone(null);
      const a = await p.read(signal);
      const [doc, { reportSheetEdit }] = await Promise.all([p.build(a, options(), signal), loadReport()]);
      const sheet = reportSheetEdit(doc, a.input);
      await p.host.apply({ fills: [], sheets: [sheet] }, undefined, signal);
      await p.host.select(sheet.name, 'A1').catch(() => undefined);
      setDone({ text: t.sheet(sheet.name), source: doc.namndSource });
    });

  return (
    <section className={styles.section} aria-labelledby="report-title" data-testid="section-report">
      <h2 id="report-title" className={styles.groupTitle}>
        {t.title}
      </h2>
      <Text>{t.intro}</Text>
      <Field label={t.period}>
        <Select value={p.period} onChange={(_, d) => p.onPeriod(d.value as Period)} data-testid="report-period">
          {PERIODS.map((x) => (
            <option key={x} value={x}>
              {STRINGS[p.lang].period[x]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.namnd} hint={t.namndHint}>
        <Input value={namnd} onChange={(_, d) => setNamnd(d.value)} data-testid="report-namnd" />
      </Field>
      {canDownload ? (
        <Button appearance="primary" icon={<DocumentRegular />} disabled={p.busy} onClick={() => void makeFile()} data-testid="report-button">
          {t.make}
        </Button>
      ) : (
        <>
          <MessageBar intent="info" data-testid="report-no-download">
            <MessageBarBody>{t.cannot}</MessageBarBody>
          </MessageBar>
          <Button appearance="primary" icon={<TableRegular />} disabled={p.busy} onClick={() => void makeSheet()} data-testid="report-sheet-button">
            {t.makeSheet}
          </Button>
        </>
      )}
      {done && (
        <MessageBar intent="success" data-testid="report-done">
          <MessageBarBody>
            {done.text} {t.source[done.source ?? 'none']}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
