/** Rendering the pane against a FakeHost, shared by the pane's component tests. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { App, type AppProps } from '../../src/taskpane/App';
import { FakeHost } from './fake-host';
import { planWorkbook } from './workbooks';

export function renderPane(host = new FakeHost(planWorkbook()), props: Partial<AppProps> = {}) {
  const user = userEvent.setup();
  const view = render(<App host={host} {...props} />);
  return { host, user, view };
}

/** Runs the check from whichever tab shows its button, and waits until it is done. */
export async function check(user: ReturnType<typeof userEvent.setup>, host?: { reads: number }): Promise<void> {
  const before = host?.reads ?? 0;
  await user.click(screen.getAllByTestId('run-check')[0]);
  if (host) await waitFor(() => expect(host.reads).toBeGreaterThan(before));
  await waitFor(() => expect(screen.queryByTestId('busy')).toBeNull(), { timeout: 5000 });
}
