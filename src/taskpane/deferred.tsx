/**
 * The pane's tabs beyond the first view, each in a chunk of its own (issue 14: the pane's first
 * load ≤ 200 KB gzip). They are fetched after the first paint (`preloadSections`), so a tab opens at
 * once; until its chunk is there it shows a spinner under Suspense. Once loaded, a tab renders its
 * component directly, without suspending again.
 */
import { createElement, lazy, type ComponentType } from 'react';

interface Deferred<P> {
  Component: ComponentType<P>;
  preload: () => Promise<void>;
}

function deferred<P extends object>(load: () => Promise<ComponentType<P>>): Deferred<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () => (pending ??= load().then((c) => (loaded = c)));
  const Lazy = lazy(async () => ({ default: await get() }));
  function Component(p: P) {
    return loaded ? createElement(loaded, p) : createElement(Lazy as ComponentType<P>, p);
  }
  return { Component, preload: async () => void (await get()) };
}

const overview = deferred(() => import(/* webpackChunkName: "tab-overview" */ './components/OverviewSection').then((m) => m.OverviewSection));
const redThread = deferred(() => import(/* webpackChunkName: "tab-redthread" */ './components/RedThreadSection').then((m) => m.RedThreadSection));
const budget = deferred(() => import(/* webpackChunkName: "tab-budget" */ './components/BudgetSection').then((m) => m.BudgetSection));
const annex = deferred(() => import(/* webpackChunkName: "tab-annex" */ './components/AnnexSection').then((m) => m.AnnexSection));
const summary = deferred(() => import(/* webpackChunkName: "tab-summary" */ './components/SummarySection').then((m) => m.SummarySection));
const report = deferred(() => import(/* webpackChunkName: "tab-summary" */ './components/ReportAction').then((m) => m.ReportAction));
const settings = deferred(() => import(/* webpackChunkName: "tab-settings" */ './components/SettingsSection').then((m) => m.SettingsSection));
// The Kolada tab plans with the engine's recognition and talks to Kolada's API.
const kolada = deferred(() => import(/* webpackChunkName: "kolada" */ './components/KoladaSection').then((m) => m.KoladaSection));
const cellInfo = deferred(() => import(/* webpackChunkName: "cell-info" */ './components/CellInfo').then((m) => m.CellInfo));

export const OverviewSection = overview.Component;
export const RedThreadSection = redThread.Component;
export const BudgetSection = budget.Component;
export const AnnexSection = annex.Component;
export const SummarySection = summary.Component;
export const ReportAction = report.Component;
export const SettingsSection = settings.Component;
export const KoladaSection = kolada.Component;
export const CellInfo = cellInfo.Component;

/** Fetches every deferred tab (the pane calls it once it has painted; tests before they start). */
export function preloadSections(): Promise<void> {
  return Promise.all([overview, redThread, budget, annex, summary, report, settings, kolada, cellInfo].map((d) => d.preload())).then(() => undefined);
}
