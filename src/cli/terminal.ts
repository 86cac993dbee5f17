/**
 * Text for a terminal. Cell text reaches the report (sheet names, goal names, messages quoting
 * cells); a cell holding `ESC ]0;…BEL` would retitle the terminal, and a carriage return or a
 * bidi override could hide a finding in a CI log. Such characters are shown as `\xNN`/`\uNNNN`.
 */

// C0 controls except LF, DEL, C1 controls, and the bidi embedding/override/isolate controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function safeText(s: string): string {
  return s.replace(UNSAFE, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x100 ? `\\x${c.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** One line: as safeText, and line breaks inside (cells may hold them) become spaces. */
export function safeLine(s: string): string {
  return safeText(s.replace(/\r\n|[\r\n\t]/g, ' '));
}
