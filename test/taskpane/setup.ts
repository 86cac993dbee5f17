/** jsdom gaps Fluent UI needs: matchMedia and ResizeObserver. Imported by each pane test. */
import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { preloadSections } from '../../src/taskpane/deferred';

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}

afterEach(() => cleanup());

// The tabs beyond the first view come in chunks of their own; tests look at behaviour, not at
// loading, so every tab is there before they start.
beforeAll(() => preloadSections());
