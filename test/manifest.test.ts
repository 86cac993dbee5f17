/** Offline validation of manifest.xml: shape the schema requires, URLs, icons and resource ids. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { API_USES, REQUIRED_SET } from '../src/adapters/office/requirements';

const root = join(import.meta.dirname, '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');

// preserveOrder keeps the child sequence so the schema's element order can be checked.
type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as Ordered[];
const plain = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as { OfficeApp: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

function childNames(nodes: Ordered[]): string[] {
  return nodes.map((n) => Object.keys(n).find((k) => k !== ':@')!).filter((k) => k !== '#text' && k !== '#comment');
}
const officeApp = ordered.find((n) => 'OfficeApp' in n)!;
const topLevel = childNames(officeApp.OfficeApp as Ordered[]);

/** Every attribute value anywhere in the document, with its element name. */
function attributes(nodes: unknown, out: { el: string; name: string; value: string }[] = []) {
  if (!Array.isArray(nodes)) return out;
  for (const n of nodes as Ordered[]) {
    for (const [k, v] of Object.entries(n)) {
      if (k === ':@') continue;
      for (const [an, av] of Object.entries(n[':@'] ?? {})) out.push({ el: k, name: an, value: String(av) });
      attributes(v, out);
    }
  }
  return out;
}
const attrs = attributes(ordered);
const urls = [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);

const SCHEMA_ORDER = [
  'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
  'Permissions', 'VersionOverrides',
];
const OPTIONAL = new Set(['SupportUrl', 'AppDomains']);

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is a TaskPaneApp with the top-level elements in schema order', () => {
    expect(officeApp[':@']?.['xsi:type']).toBe('TaskPaneApp');
    const required = SCHEMA_ORDER.filter((e) => !OPTIONAL.has(e));
    for (const e of required) expect(topLevel, e).toContain(e);
    const known = topLevel.filter((e) => SCHEMA_ORDER.includes(e));
    const indices = known.map((e) => SCHEMA_ORDER.indexOf(e));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(topLevel).toEqual(known);
  });

  it('has a fresh v4 GUID', () => {
    const id = String(plain.OfficeApp.Id);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    // The Yeoman template's sample id must not ship.
    expect(id.toLowerCase()).not.toBe('05c2e1c9-3e1d-406e-9a91-e9ac64854143');
  });

  it("asks for the lowest ExcelApi set Planark's calls need (the code's table) and read/write access", () => {
    const set = plain.OfficeApp.Requirements.Sets.Set;
    expect(REQUIRED_SET).toEqual({ name: 'ExcelApi', version: '1.9' });
    expect(set).toMatchObject({ Name: REQUIRED_SET.name, MinVersion: REQUIRED_SET.version });
    // The highest required call sets the bar; optional calls above it are checked at run time.
    const minor = (v: string) => Number(v.split('.')[1]);
    expect(Math.max(...API_USES.filter((u) => !u.optional).map((u) => minor(u.version)))).toBe(minor(set.MinVersion));
    for (const u of API_USES.filter((x) => x.optional)) expect(minor(u.version)).toBeGreaterThan(minor(set.MinVersion));
    expect(plain.OfficeApp.Permissions).toBe('ReadWriteDocument');
    expect(plain.OfficeApp.VersionOverrides['xsi:type']).toBe('VersionOverridesV1_0');
  });

  it('uses https on one origin for every URL', () => {
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect(urls.every((u) => u.startsWith('https://'))).toBe(true);
    expect(origins.size).toBe(1);
  });

  it('points every icon at a PNG present in assets/', () => {
    const icons = urls.filter((u) => u.endsWith('.png'));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const u of icons) {
      const p = join(root, new URL(u).pathname);
      expect(existsSync(p), p).toBe(true);
      expect(readFileSync(p).subarray(1, 4).toString('ascii')).toBe('PNG');
    }
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(root, `assets/icon-${size}.png`))).toBe(true);
  });

  it('defines every resid it references, once', () => {
    const defined = attrs.filter((a) => a.name === 'id' && /^bt:(Image|Url|String)$/.test(a.el)).map((a) => a.value);
    const used = attrs.filter((a) => a.name === 'resid').map((a) => a.value);
    expect(used.length).toBeGreaterThan(5);
    expect(new Set(defined).size).toBe(defined.length);
    for (const r of used) expect(defined, r).toContain(r);
  });

  it('has a Home-tab group with a task pane button and a Kontrollera function command', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>checkAndColour<\/FunctionName>/);
    expect(xml).toMatch(/id="CheckButton.Label" DefaultValue="Kontrollera"/);
    expect(xml).toMatch(/<bt:Override Locale="en-US"/);
  });
});
