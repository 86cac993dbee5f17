/**
 * A read-mostly spreadsheet grid for the preview: the active sheet with Excel's column letters,
 * row numbers, the file's fills and font colours, and sheet tabs. Only the rows in view are
 * rendered, so sheets with thousands of rows scroll smoothly.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { a1, colLetters, parseA1 } from '../engine/cells';
import type { Lang } from '../engine/types';
import { cssColour } from './format';
import { t } from './messages';
import { buildSheetView, indexAt, prefixSums } from './sheet-view';
import type { PreviewStore } from './store';

const HEADER_H = 22;
const ROWHEAD_W = 46;
const OVERSCAN = 6;
const SELECT_COLOUR = '#217346'; // Excel's selection green (a border, never text: 4.4:1 on grey)

// Visible keyboard focus for the grid (inline styles cannot say :focus-visible).
const useGridStyles = makeStyles({
  scroller: {
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  input: {
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-1px' },
  },
});

const styles = {
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flex: 1 } as CSSProperties,
  bar: {
    display: 'flex',
    alignItems: 'stretch',
    gap: 8,
    padding: '4px 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: tokens.colorNeutralBackground2,
    fontSize: 12,
  } as CSSProperties,
  nameBox: {
    width: 90,
    minWidth: 60,
    boxSizing: 'border-box',
    height: 24,
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'Consolas, monospace',
    fontSize: 12,
  } as CSSProperties,
  formula: {
    flex: 1,
    minWidth: 0,
    boxSizing: 'border-box',
    height: 24,
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: 12,
    textOverflow: 'ellipsis',
  } as CSSProperties,
  scroller: { flex: 1, overflow: 'auto', position: 'relative', outline: 'none', background: tokens.colorNeutralBackground1 } as CSSProperties,
  tabs: {
    display: 'flex',
    gap: 2,
    padding: '0 8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    background: tokens.colorNeutralBackground2,
    overflowX: 'auto',
    flexShrink: 0,
  } as CSSProperties,
};

/** A row or column heading; the selected one is marked by a green edge and bold text, as in Excel. */
function headCell(width: number, active: boolean, edge: 'right' | 'bottom' = 'bottom'): CSSProperties {
  const line = `1px solid ${tokens.colorNeutralStroke2}`;
  const mark = `2px solid ${SELECT_COLOUR}`;
  return {
    width,
    minWidth: width,
    height: HEADER_H,
    boxSizing: 'border-box',
    borderRight: active && edge === 'right' ? mark : line,
    borderBottom: active && edge === 'bottom' ? mark : line,
    background: active ? tokens.colorNeutralBackground3Selected : tokens.colorNeutralBackground3,
    // Text in the theme's own foreground: the selection green as text fails contrast on grey.
    color: active ? tokens.colorNeutralForeground1 : tokens.colorNeutralForeground2,
    fontWeight: active ? 600 : 400,
    fontSize: 11,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    userSelect: 'none',
  };
}

export interface GridProps {
  store: PreviewStore;
  lang: Lang;
}

export function Grid({ store, lang }: GridProps) {
  useSyncExternalStore(store.subscribe, store.getVersion);
  const css = useGridStyles();
  const [nameText, setNameText] = useState<string | null>(null);
  const ws = store.sheet(store.active);
  const view = useMemo(
    () => (ws ? buildSheetView(ws, lang) : null),
    // dataVersion marks content changes; a selection change must not rebuild the view.
    [ws, store.dataVersion, lang],
  );
  const rowOffsets = useMemo(() => (view ? prefixSums(view.rowHeights) : [0]), [view]);
  const colOffsets = useMemo(() => (view ? prefixSums(view.colWidths) : [0]), [view]);
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 800 });
  const [editing, setEditing] = useState<{ cell: string; text: string } | null>(null);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight || 800 });
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // A newly shown sheet starts at its top-left corner; declared before the scroll-to-selection
  // effect so that one wins when the task pane selects a cell on another sheet.
  const active = store.active;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) {
      el.scrollTop = 0;
      el.scrollLeft = 0;
    }
    setEditing(null);
  }, [active]);

  // Scroll the selected cell into view when the task pane asks for it.
  const scrollRequest = store.scrollRequest;
  useLayoutEffect(() => {
    const el = scroller.current;
    const sel = store.selected;
    if (!el || !sel || scrollRequest === 0) return;
    const { r, c } = parseA1(sel);
    const top = rowOffsets[Math.min(r, rowOffsets.length - 1)] ?? 0;
    const left = colOffsets[Math.min(c, colOffsets.length - 1)] ?? 0;
    const vh = el.clientHeight || 800;
    const vw = el.clientWidth || 800;
    if (top < el.scrollTop || top + 40 > el.scrollTop + vh - HEADER_H) el.scrollTop = Math.max(0, top - vh / 3);
    if (left < el.scrollLeft || left + 80 > el.scrollLeft + vw - ROWHEAD_W) el.scrollLeft = Math.max(0, left - vw / 3);
    setScroll({ top: el.scrollTop, height: vh });
  }, [scrollRequest, store, rowOffsets, colOffsets]);

  const commit = useCallback(() => {
    if (!editing) return;
    store.editCell(store.active, editing.cell, editing.text);
    setEditing(null);
  }, [editing, store]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (editing || !view) return;
      const sel = store.selected;
      if (!sel) return;
      const { r, c } = parseA1(sel);
      const move: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
      const d = move[e.key];
      if (d) {
        e.preventDefault();
        const nr = Math.min(Math.max(r + d[0], 0), view.rowCount - 1);
        const nc = Math.min(Math.max(c + d[1], 0), view.colCount - 1);
        store.select(store.active, a1(nr, nc));
      } else if (e.key === 'F2' || e.key === 'Enter') {
        e.preventDefault();
        setEditing({ cell: sel, text: view.cells[r]?.[c]?.raw ?? '' });
      }
    },
    [editing, store, view],
  );

  if (!view || !ws) {
    return <div style={styles.root} />;
  }

  const totalH = rowOffsets[rowOffsets.length - 1];
  const totalW = colOffsets[colOffsets.length - 1] + ROWHEAD_W;
  const first = Math.max(0, indexAt(rowOffsets, scroll.top - HEADER_H) - OVERSCAN);
  const last = Math.min(view.rowCount - 1, indexAt(rowOffsets, scroll.top + scroll.height) + OVERSCAN);
  const sel = store.selected ? parseA1(store.selected) : null;
  const selRaw = sel ? (view.cells[sel.r]?.[sel.c]?.raw ?? '') : '';

  const rows = [];
  for (let r = first; r <= last; r++) {
    const rowCells = view.cells[r];
    const h = view.rowHeights[r];
    const cells = [];
    for (let c = 0; c < view.colCount; c++) {
      const vc = rowCells?.[c];
      const addr = a1(r, c);
      const selected = sel !== null && sel.r === r && sel.c === c;
      const fill = cssColour(vc?.fill);
      // Text runs on into empty neighbours as in Excel, unless it wraps or is a number.
      const next = rowCells?.[c + 1];
      const overflow = vc && !vc.wrap && !vc.number && (!next || (!next.text && !next.fill));
      const style: CSSProperties = {
        width: view.colWidths[c],
        minWidth: view.colWidths[c],
        height: h,
        boxSizing: 'border-box',
        borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
        borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
        padding: '1px 4px',
        fontSize: 13,
        lineHeight: '18px',
        position: 'relative',
        background: fill,
        color: cssColour(vc?.font) ?? (fill ? '#000000' : tokens.colorNeutralForeground1),
        fontWeight: vc?.bold ? 700 : 400,
        fontStyle: vc?.italic ? 'italic' : 'normal',
        textAlign: vc?.number ? 'right' : 'left',
        whiteSpace: vc?.wrap ? 'pre-wrap' : 'pre',
        overflow: overflow ? 'visible' : 'hidden',
        textOverflow: vc?.wrap ? undefined : 'clip',
        zIndex: overflow ? 1 : undefined,
        outline: selected ? `2px solid ${SELECT_COLOUR}` : undefined,
        outlineOffset: selected ? -2 : undefined,
        cursor: 'cell',
      };
      cells.push(
        <div
          key={c}
          role="gridcell"
          aria-colindex={c + 2}
          data-cell={addr}
          data-fill={vc?.fill}
          data-font={vc?.font}
          data-selected={selected ? 'true' : undefined}
          aria-selected={selected}
          style={style}
          onMouseDown={() => {
            if (editing && editing.cell !== addr) commit();
            store.select(store.active, addr, false);
          }}
          onDoubleClick={() => setEditing({ cell: addr, text: vc?.raw ?? '' })}
        >
          {editing?.cell === addr ? (
            <input
              data-testid="cell-editor"
              autoFocus
              value={editing.text}
              onChange={(e) => setEditing({ cell: addr, text: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  commit();
                  scroller.current?.focus();
                } else if (e.key === 'Escape') {
                  setEditing(null);
                  scroller.current?.focus();
                }
              }}
              onBlur={commit}
              style={{
                position: 'absolute',
                inset: 0,
                width: '100%',
                height: '100%',
                boxSizing: 'border-box',
                border: `2px solid ${SELECT_COLOUR}`,
                font: 'inherit',
                padding: '0 3px',
                zIndex: 3,
              }}
            />
          ) : (
            vc?.text
          )}
        </div>,
      );
    }
    rows.push(
      <div key={r} role="row" aria-rowindex={r + 2} data-row={r + 1} style={{ position: 'absolute', top: rowOffsets[r], left: 0, height: h, display: 'flex', width: totalW }}>
        <div role="rowheader" style={{ ...headCell(ROWHEAD_W, sel?.r === r, 'right'), height: h, position: 'sticky', left: 0, zIndex: 2 }}>
          {r + 1}
        </div>
        {cells}
      </div>,
    );
  }

  return (
    <div style={styles.root}>
      <div style={styles.bar}>
        {/* As in Excel, an address typed into the name box (and Enter) selects that cell. */}
        <input
          data-testid="name-box"
          aria-label={t('nameBox', lang)}
          className={css.input}
          style={styles.nameBox}
          value={nameText ?? store.selected ?? ''}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setNameText(e.target.value)}
          onBlur={() => setNameText(null)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && nameText !== null) {
              const bang = nameText.lastIndexOf('!');
              const sheet = bang > 0 ? nameText.slice(0, bang).replace(/^'|'$/g, '') : store.active;
              if (store.select(sheet, nameText.slice(bang + 1))) scroller.current?.focus();
              setNameText(null);
            } else if (e.key === 'Escape') setNameText(null);
          }}
        />
        <input data-testid="formula-bar" aria-label={t('formulaBar', lang)} className={css.input} style={styles.formula} value={selRaw} title={selRaw} readOnly />
      </div>
      <div
        ref={scroller}
        data-testid="grid"
        data-sheet={ws.name}
        role="grid"
        aria-label={`${t('grid', lang)} ${ws.name}`}
        aria-rowcount={view.rowCount + 1}
        aria-colcount={view.colCount + 1}
        aria-readonly={false}
        tabIndex={0}
        className={css.scroller}
        style={styles.scroller}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          // A keyboard user arriving in the grid gets a cell to move from, as in Excel.
          if (e.target === e.currentTarget && !store.selected) store.select(store.active, 'A1', false);
        }}
        onScroll={(e) => {
          const el = e.currentTarget;
          setScroll({ top: el.scrollTop, height: el.clientHeight || 800 });
        }}
      >
        <div style={{ width: totalW, height: totalH + HEADER_H, position: 'relative' }}>
          <div role="row" aria-rowindex={1} style={{ position: 'sticky', top: 0, zIndex: 4, display: 'flex', width: totalW, height: HEADER_H }}>
            <div role="presentation" style={{ ...headCell(ROWHEAD_W, false), position: 'sticky', left: 0, zIndex: 5 }} />
            {view.colWidths.map((w, c) => (
              <div key={c} role="columnheader" aria-colindex={c + 2} style={headCell(w, sel?.c === c)}>
                {colLetters(c)}
              </div>
            ))}
          </div>
          <div style={{ position: 'relative', height: totalH }}>{rows}</div>
        </div>
      </div>
      <div role="tablist" aria-label={t('sheets', lang)} style={styles.tabs}>
        {store.wb.worksheets.map((s) => {
          const active = s.name === store.active;
          return (
            <button
              key={s.id}
              type="button"
              role="tab"
              data-testid="sheet-tab"
              data-sheet={s.name}
              data-active={active ? 'true' : 'false'}
              aria-selected={active}
              onClick={() => store.setActive(s.name)}
              style={{
                border: 'none',
                borderBottom: active ? `3px solid ${SELECT_COLOUR}` : '3px solid transparent',
                background: active ? tokens.colorNeutralBackground1 : 'transparent',
                // The theme's own text colour: green text on a dark tab is 2.5:1.
                color: tokens.colorNeutralForeground1,
                fontWeight: active ? 600 : 400,
                padding: '6px 12px',
                cursor: 'pointer',
                whiteSpace: 'nowrap',
                fontSize: 12,
              }}
            >
              {s.name}
            </button>
          );
        })}
      </div>
    </div>
  );
}
