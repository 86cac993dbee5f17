/**
 * axe-core on the preview page, failing on serious and critical violations. One exclusion, for
 * one rule and one kind of element: Fluent UI's focus manager (Tabster) puts `<i tabindex="0"
 * aria-hidden="true" data-tabster-dummy>` sentinels around tab lists, trees and accordions to
 * route Tab, which axe reports as `aria-hidden-focus`. Fluent marks this "by design"
 * (microsoft/fluentui#27517, microsoft/tabster#288: the sentinels only pass focus on and must stay
 * hidden from screen readers), and it offers no setting to turn them off: Fluent's own
 * createTabster call fixes `controlTab: false`, the mode that uses them
 * (@fluentui/react-tabster useTabster.ts). Accessibility Insights filters the same nodes
 * (accessibility-insights-web#7605). Any other aria-hidden-focus node, or any other rule, fails.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** A Tabster focus sentinel exactly as Fluent renders it. */
export function isTabsterDummy(html: string): boolean {
  return /^<i\b[^>]*\bdata-tabster-dummy(=|\s|>)/.test(html) && /\baria-hidden="true"/.test(html);
}

export interface Violation {
  id: string;
  impact: string;
  targets: string[];
}

/** Serious and critical violations on the page as it is now, less the documented exclusion. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await settled(page);
  const r = await new AxeBuilder({ page }).analyze();
  const out: Violation[] = [];
  for (const v of r.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    const nodes = v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !isTabsterDummy(n.html)) : v.nodes;
    if (nodes.length) out.push({ id: v.id, impact: v.impact, targets: nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`) });
  }
  return out;
}

/**
 * Waits until no finite animation runs. A dialog fading in has, for a few frames, text at partial
 * opacity, which axe measures as low colour contrast (CI saw it once on the unsaved dialog's
 * button); endless ones (spinners) are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    undefined,
    { timeout: 10_000 },
  );
}
