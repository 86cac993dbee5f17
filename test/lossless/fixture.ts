/**
 * A plan workbook built part by part from raw XML (never through ExcelJS), holding everything the
 * lossless-writes issue lists that real municipal workbooks carry: threaded comments and their
 * persons, legacy notes with their VML, sparklines in extLst, a data-validation list pointing at
 * another sheet, internal hyperlinks with tooltips, defined-name constants, comments, hidden names,
 * sheet scope, OFFSET/SUM/external/#REF!/Print_Area names, workbook protection, calculation
 * settings, code names, custom properties with an MSIP sensitivity label, customXml items, an
 * Excel table with a header row, a chart, a calculation chain, an unknown part and, for .xlsm, a
 * VBA project. The indicator table uses seed 002's wording (Kommunfullmäktiges indikatorer).
 */
import { zipSync, strToU8 } from 'fflate';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export const SHEETS = { indicators: 'Kommunfullmäktiges indikatorer', goals: 'Mål', lists: 'Funktioner' } as const;

/** Shared strings, in index order. */
const SST = [
  'Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Hur ofta det ska mätas', 'Ansvarig för genomförande', 'Resultat år', // 0-5
  'Välfärd och välbefinnande genom livet', 'Helhetssyn särskilt boende', 'Grön 82 Gul 76', 'Årligen', 'Enhetschefer särskilt boende', // 6-10
  'Helhetssyn hemtjänst', 'Grön 95 Gul 91', 'Enhetschef hemtjänst', // 11-13
  'Hållbar och effektiv organisation', 'Sjukfrånvaro', 'Grön 6,5 Gul 7', 'Månatlig', 'Respektive chef i omsorgen', // 14-18
  'HME', 'Grön 79 Gul 77', // 19-20
  'Id', 'Nivå', 'Överordnat', 'KF1', 'KF2', 'Fullmäktigemål', 'Trend', // 21-27
  'Årligen', 'Månatlig', 'Kvartalsvis', // 28-30 (list values on Funktioner)
];

function sst(): string {
  return `${DECL}<sst xmlns="${NS}" count="${SST.length}" uniqueCount="${SST.length}">${SST.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
}
const si = (s: string) => {
  const i = SST.indexOf(s);
  if (i < 0) throw new Error(`no shared string ${s}`);
  return i;
};
const str = (ref: string, s: string, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ''} t="s"><v>${si(s)}</v></c>`;
const num = (ref: string, n: number, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${n}</v></c>`;

/** Result cells: F2 green (84), F3 yellow (92), F4 red (7,4 against Grön 6,5 Gul 7); F5 is the user's own blue. */
export const RESULT_CELLS = { green: 'F2', yellow: 'F3', red: 'F4', userBlue: 'F5' } as const;

function indicatorSheet(): string {
  const rows = [
    `<row r="1" spans="1:8" ht="30" customHeight="1">${['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((r, i) => str(r, SST[i], 1)).join('')}${str('G1', 'Trend', 1)}</row>`,
    `<row r="2" spans="1:8">${str('A2', 'Välfärd och välbefinnande genom livet', 4)}${str('B2', 'Helhetssyn särskilt boende')}${str('C2', 'Grön 82 Gul 76')}${str('D2', 'Årligen')}${str('E2', 'Enhetschefer särskilt boende')}${num('F2', 84, 2)}<c r="G2" s="2"><f t="shared" ref="G2:G5" si="0">F2*2</f><v>168</v></c></row>`,
    `<row r="3" spans="1:8">${str('B3', 'Helhetssyn hemtjänst')}${str('C3', 'Grön 95 Gul 91')}${str('D3', 'Årligen')}${str('E3', 'Enhetschef hemtjänst')}${num('F3', 92, 2)}<c r="G3" s="2"><f t="shared" si="0"/><v>184</v></c></row>`,
    `<row r="4" spans="1:8">${str('A4', 'Hållbar och effektiv organisation', 4)}${str('B4', 'Sjukfrånvaro')}${str('C4', 'Grön 6,5 Gul 7')}${str('D4', 'Månatlig')}${str('E4', 'Respektive chef i omsorgen')}${num('F4', 7.4, 2)}<c r="G4" s="2"><f t="shared" si="0"/><v>14.8</v></c></row>`,
    `<row r="5" spans="1:8">${str('B5', 'HME')}${str('C5', 'Grön 79 Gul 77')}${str('D5', 'Årligen')}${str('E5', 'Respektive chef i omsorgen')}${num('F5', 70, 3)}<c r="G5" s="2"><f t="shared" si="0"/><v>140</v></c></row>`,
  ];
  return `${DECL}<worksheet xmlns="${NS}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{4A2F0D0B-1C4E-4E0B-9C1A-3B2D6E8F0A11}">`
    + '<sheetPr codeName="Blad1"><tabColor rgb="FF00B050"/></sheetPr>'
    + '<dimension ref="A1:H5"/>'
    + '<sheetViews><sheetView tabSelected="1" zoomScale="90" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="F2" sqref="F2"/></sheetView></sheetViews>'
    + '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
    + '<cols><col min="1" max="1" width="38.7109375" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/><col min="3" max="5" width="22" customWidth="1"/></cols>'
    + `<sheetData>${rows.join('')}</sheetData>`
    + '<conditionalFormatting sqref="G2:G5"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>150</formula></cfRule></conditionalFormatting>'
    + `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="Frekvens" prompt="Välj hur ofta" sqref="D2:D5"><formula1>${SHEETS.lists}!$A$1:$A$3</formula1></dataValidation></dataValidations>`
    + `<hyperlinks><hyperlink ref="A2" location="'${SHEETS.goals}'!A2" display="Välfärd och välbefinnande genom livet" tooltip="Gå till målet i måltabellen"/><hyperlink ref="A4" location="'${SHEETS.goals}'!A3" display="Hållbar och effektiv organisation"/></hyperlinks>`
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + '<pageSetup paperSize="9" orientation="landscape" r:id="rId4"/>'
    + '<legacyDrawing r:id="rId2"/>'
    + `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1" xr2:uid="{1D2C3B4A-0000-4000-8000-000000000001}"><x14:colorSeries theme="4" tint="-0.499984740745262"/><x14:colorNegative theme="5"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers theme="4" tint="-0.499984740745262"/><x14:colorFirst theme="4" tint="0.39997558519241921"/><x14:colorLast theme="4" tint="0.39997558519241921"/><x14:colorHigh theme="4"/><x14:colorLow theme="4"/><x14:sparklines><x14:sparkline><xm:f>'${SHEETS.indicators}'!F2:G2</xm:f><xm:sqref>H2</xm:sqref></x14:sparkline><x14:sparkline><xm:f>'${SHEETS.indicators}'!F3:G3</xm:f><xm:sqref>H3</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`
    + '</worksheet>';
}

function goalSheet(): string {
  const rows = [
    `<row r="1">${str('A1', 'Id', 1)}${str('B1', 'Nivå', 1)}${str('C1', 'Mål', 1)}${str('D1', 'Överordnat', 1)}</row>`,
    `<row r="2">${str('A2', 'KF1')}${str('B2', 'Fullmäktigemål')}${str('C2', 'Välfärd och välbefinnande genom livet')}</row>`,
    `<row r="3">${str('A3', 'KF2')}${str('B3', 'Fullmäktigemål')}${str('C3', 'Hållbar och effektiv organisation')}</row>`,
  ];
  return `${DECL}<worksheet xmlns="${NS}" xmlns:r="${R}"><sheetPr codeName="Blad2"/><dimension ref="A1:D3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rows.join('')}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
}

function listSheet(): string {
  return `${DECL}<worksheet xmlns="${NS}" xmlns:r="${R}"><sheetPr codeName="Blad3"/><dimension ref="A1:B3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="1">${str('A1', 'Årligen')}${num('B1', 1)}</row><row r="2">${str('A2', 'Månatlig')}${num('B2', 12)}</row><row r="3">${str('A3', 'Kvartalsvis')}${num('B3', 4)}</row></sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

function styles(): string {
  return `${DECL}<styleSheet xmlns="${NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">`
    + '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>'
    + '<fonts count="3" x14ac:knownFonts="1">'
    + '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    + '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    + '<font><i/><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font>'
    + '</fonts>'
    + '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF00B0F0"/><bgColor indexed="64"/></patternFill></fill></fills>'
    + '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="medium"><color indexed="64"/></bottom><diagonal/></border></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + '<cellXfs count="5">'
    + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    + '<xf numFmtId="164" fontId="2" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment horizontal="center" vertical="center"/><protection locked="0"/></xf>'
    + '<xf numFmtId="164" fontId="2" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>'
    + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    + '</cellXfs>'
    + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    + '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>'
    + '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
    + `<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="${X14}"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst>`
    + '</styleSheet>';
}

function workbook(macro: boolean): string {
  return `${DECL}<workbook xmlns="${NS}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">`
    + '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
    + `<workbookPr codeName="DennaArbetsbok"${macro ? ' filterPrivacy="1"' : ''} defaultThemeVersion="166925"/>`
    + '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="x0bXf3Y8m7bXcvQ1q9wYkQ==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>'
    + '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="0"/></bookViews>'
    + `<sheets><sheet name="${SHEETS.indicators}" sheetId="1" r:id="rId1"/><sheet name="${SHEETS.goals}" sheetId="2" r:id="rId2"/><sheet name="${SHEETS.lists}" sheetId="4" state="hidden" r:id="rId3"/></sheets>`
    + '<externalReferences><externalReference r:id="rId4"/></externalReferences>'
    + '<definedNames>'
    + `<definedName name="_xlnm.Print_Area" localSheetId="0">'${SHEETS.indicators}'!$A$1:$G$5</definedName>`
    + '<definedName name="Extern">[1]Blad1!$A$1</definedName>'
    + `<definedName name="Frekvenser" localSheetId="0" hidden="1">OFFSET(${SHEETS.lists}!$B$1,0,0,COUNTA(${SHEETS.lists}!$B:$B),1)</definedName>`
    + '<definedName name="Moms" comment="Momssats för kommunal verksamhet">0.25</definedName>'
    + `<definedName name="Summa_resultat">SUM('${SHEETS.indicators}'!$F$2:$F$5)</definedName>`
    + '<definedName name="Text">"Planår 2025"</definedName>'
    + '<definedName name="Trasig">#REF!$A$1</definedName>'
    + '</definedNames>'
    + '<calcPr calcId="191029" iterate="1" iterateCount="50" iterateDelta="0.0001" fullCalcOnLoad="1"/>'
    + '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>'
    + '</workbook>';
}

function workbookRels(macro: boolean): string {
  const rels = [
    ['rId1', `${R}/worksheet`, 'worksheets/sheet1.xml'],
    ['rId2', `${R}/worksheet`, 'worksheets/sheet2.xml'],
    ['rId3', `${R}/worksheet`, 'worksheets/sheet3.xml'],
    ['rId4', `${R}/externalLink`, 'externalLinks/externalLink1.xml'],
    ['rId5', `${R}/theme`, 'theme/theme1.xml'],
    ['rId6', `${R}/styles`, 'styles.xml'],
    ['rId7', `${R}/sharedStrings`, 'sharedStrings.xml'],
    ['rId8', `${R}/calcChain`, 'calcChain.xml'],
    ['rId9', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml'],
    ['rId10', `${R}/customXml`, '../customXml/item1.xml'],
    ['rId11', 'urn:planark-test:unknown-relationship', 'okand/planark-okand.xml'],
  ];
  if (macro) rels.push(['rId12', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin']);
  return `${DECL}<Relationships xmlns="${PKG_R}">${rels.map(([id, t, target]) => `<Relationship Id="${id}" Type="${t}" Target="${target}"/>`).join('')}</Relationships>`;
}

function contentTypes(macro: boolean): string {
  const o = (part: string, ct: string) => `<Override PartName="${part}" ContentType="${ct}"/>`;
  const main = macro ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  return `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + `${macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>'}`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
    + o('/xl/workbook.xml', main)
    + o('/xl/worksheets/sheet1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml')
    + o('/xl/worksheets/sheet2.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml')
    + o('/xl/worksheets/sheet3.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml')
    + o('/xl/externalLinks/externalLink1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml')
    + o('/xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml')
    + o('/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml')
    + o('/xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml')
    + o('/xl/calcChain.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml')
    + o('/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml')
    + o('/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml')
    + o('/xl/tables/table1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml')
    + o('/xl/comments1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml')
    + o('/xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml')
    + o('/xl/persons/person.xml', 'application/vnd.ms-excel.person+xml')
    + o('/customXml/itemProps1.xml', 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml')
    + o('/xl/okand/planark-okand.xml', 'application/x-planark-okand+xml')
    + o('/xl/printerSettings/printerSettings1.bin', 'application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings')
    + o('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')
    + o('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')
    + o('/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml')
    + '</Types>';
}

const THREAD_ID = '{0F3A1C2B-4D5E-4F60-8A7B-9C0D1E2F3A4B}';
const PERSON_ID = '{6B8E2F1A-3C4D-4E5F-9A0B-1C2D3E4F5A6B}';

function parts(macro: boolean): Record<string, string | Uint8Array> {
  const rels = (list: [string, string, string, string?][]) =>
    `${DECL}<Relationships xmlns="${PKG_R}">${list.map(([id, t, target, mode]) => `<Relationship Id="${id}" Type="${t}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ''}/>`).join('')}</Relationships>`;
  const p: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': contentTypes(macro),
    '_rels/.rels': rels([
      ['rId3', `${R}/extended-properties`, 'docProps/app.xml'],
      ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      ['rId1', `${R}/officeDocument`, 'xl/workbook.xml'],
      ['rId4', `${R}/custom-properties`, 'docProps/custom.xml'],
    ]),
    'docProps/app.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Kalkylblad</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>${SHEETS.indicators}</vt:lpstr><vt:lpstr>${SHEETS.goals}</vt:lpstr><vt:lpstr>${SHEETS.lists}</vt:lpstr></vt:vector></TitlesOfParts><Company>Norsjö kommun</Company><AppVersion>16.0300</AppVersion></Properties>`,
    'docProps/core.xml': `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Verksamhetsplan 2025</dc:title><dc:creator>Anna Controller</dc:creator><cp:lastModifiedBy>Anna Controller</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-15T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-09-01T12:30:00Z</dcterms:modified></cp:coreProperties>`,
    'docProps/custom.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
      + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Diarienummer"><vt:lpwstr>KS 2025/0412</vt:lpwstr></property>'
      + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_5b1e4d2a-7c3f-4e8a-9b6d-0f1e2d3c4b5a_Enabled"><vt:lpwstr>true</vt:lpwstr></property>'
      + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="MSIP_Label_5b1e4d2a-7c3f-4e8a-9b6d-0f1e2d3c4b5a_Name"><vt:lpwstr>Intern</vt:lpwstr></property>'
      + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="MSIP_Label_5b1e4d2a-7c3f-4e8a-9b6d-0f1e2d3c4b5a_SiteId"><vt:lpwstr>8f0e6a1d-2b3c-4d5e-6f70-8192a3b4c5d6</vt:lpwstr></property>'
      + '</Properties>',
    'customXml/item1.xml': `${DECL}<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6"/>`,
    'customXml/itemProps1.xml': `${DECL}<ds:datastoreItem ds:itemID="{A1B2C3D4-E5F6-4789-9ABC-DEF012345678}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>`,
    'customXml/_rels/item1.xml.rels': rels([['rId1', `${R}/customXmlProps`, 'itemProps1.xml']]),
    'xl/workbook.xml': workbook(macro),
    'xl/_rels/workbook.xml.rels': workbookRels(macro),
    'xl/styles.xml': styles(),
    'xl/sharedStrings.xml': sst(),
    'xl/theme/theme1.xml': `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-tema"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`,
    'xl/calcChain.xml': `${DECL}<calcChain xmlns="${NS}"><c r="G2" i="1" l="1"/><c r="G3"/><c r="G4"/><c r="G5"/></calcChain>`,
    'xl/worksheets/sheet1.xml': indicatorSheet(),
    'xl/worksheets/sheet2.xml': goalSheet(),
    'xl/worksheets/sheet3.xml': listSheet(),
    'xl/worksheets/_rels/sheet1.xml.rels': rels([
      ['rId3', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml'],
      ['rId2', `${R}/vmlDrawing`, '../drawings/vmlDrawing1.vml'],
      ['rId1', `${R}/comments`, '../comments1.xml'],
      ['rId4', `${R}/printerSettings`, '../printerSettings/printerSettings1.bin'],
    ]),
    'xl/worksheets/_rels/sheet2.xml.rels': rels([
      ['rId1', `${R}/table`, '../tables/table1.xml'],
      ['rId2', `${R}/drawing`, '../drawings/drawing1.xml'],
    ]),
    'xl/printerSettings/printerSettings1.bin': new Uint8Array([0x5c, 0x00, 0x5c, 0x00, 0x50, 0x00, 0x52, 0x00, 0x49, 0x00, 0x4e, 0x00, 0x54, 0x00, 0x00, 0x00, 0x01, 0x04, 0x00, 0x06]),
    'xl/comments1.xml': `${DECL}<comments xmlns="${NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>tc=${THREAD_ID}</author><author>Anna Controller</author></authors><commentList>`
      + `<comment ref="C2" authorId="0" shapeId="0" xr:uid="${THREAD_ID}"><text><t>[Trådad kommentar]\n\nDin version av Excel låter dig läsa den här trådade kommentaren, men ändringar tas bort om filen öppnas i en senare version av Excel. Läs mer: https://go.microsoft.com/fwlink/?linkid=870924\n\nKommentar:\n    Är tröskeln rimlig jämfört med länet?</t></text></comment>`
      + '<comment ref="C4" authorId="1" shapeId="0" xr:uid="{7C1D2E3F-4A5B-4C6D-8E9F-0A1B2C3D4E5F}"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Anna Controller:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nKällan är Kolada, nyckeltal U00413.</t></r></text></comment>'
      + '</commentList></comments>',
    'xl/drawings/vmlDrawing1.vml': '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style=\'position:absolute;margin-left:300pt;margin-top:10pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden\' fillcolor="#ffffe1" o:insetmode="auto">\r\n  <v:fill color2="#ffffe1"/>\r\n  <v:shadow on="t" color="black" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n  <v:textbox style=\'mso-direction-alt:auto\'>\r\n   <div style=\'text-align:left\'></div>\r\n  </v:textbox>\r\n  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    3, 15, 0, 10, 5, 15, 4, 9</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>3</x:Row>\r\n   <x:Column>2</x:Column>\r\n  </x:ClientData>\r\n </v:shape></xml>',
    'xl/threadedComments/threadedComment1.xml': `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS}"><threadedComment ref="C2" dT="2025-03-01T10:15:00.00" personId="${PERSON_ID}" id="${THREAD_ID}"><text>Är tröskeln rimlig jämfört med länet?</text></threadedComment><threadedComment ref="C2" dT="2025-03-02T08:00:00.00" personId="${PERSON_ID}" id="{1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9}" parentId="${THREAD_ID}"><text>Ja, enligt nämndens beslut.</text></threadedComment></ThreadedComments>`,
    'xl/persons/person.xml': `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS}"><person displayName="Anna Controller" id="${PERSON_ID}" userId="anna.controller@kommun.se" providerId="AD"/></personList>`,
    'xl/tables/table1.xml': `${DECL}<table xmlns="${NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="1" xr:uid="{9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D}" name="Måltabell" displayName="Måltabell" ref="A1:D3" totalsRowShown="0"><autoFilter ref="A1:D3" xr:uid="{9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6E}"/><tableColumns count="4"><tableColumn id="1" xr3:uid="{00000000-0000-4000-8000-000000000001}" name="Id"/><tableColumn id="2" xr3:uid="{00000000-0000-4000-8000-000000000002}" name="Nivå"/><tableColumn id="3" xr3:uid="{00000000-0000-4000-8000-000000000003}" name="Mål"/><tableColumn id="4" xr3:uid="{00000000-0000-4000-8000-000000000004}" name="Överordnat"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    'xl/drawings/drawing1.xml': `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    'xl/drawings/_rels/drawing1.xml.rels': rels([['rId1', `${R}/chart`, '../charts/chart1.xml']]),
    'xl/charts/chart1.xml': `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Resultat år</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'${SHEETS.indicators}'!$B$2:$B$5</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'${SHEETS.indicators}'!$F$2:$F$5</c:f><c:numCache><c:formatCode>0.0</c:formatCode><c:ptCount val="4"/><c:pt idx="0"><c:v>84</c:v></c:pt><c:pt idx="1"><c:v>92</c:v></c:pt><c:pt idx="2"><c:v>7.4</c:v></c:pt><c:pt idx="3"><c:v>70</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="219"/><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
    'xl/externalLinks/externalLink1.xml': `${DECL}<externalLink xmlns="${NS}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Blad1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
    'xl/externalLinks/_rels/externalLink1.xml.rels': rels([['rId1', `${R}/externalLinkPath`, 'file:///C:/Ekonomi/Budget%202025.xlsx', 'External']]),
    'xl/okand/planark-okand.xml': `${DECL}<okänd xmlns="urn:planark-test:okand"><värde>Planark har aldrig hört talas om den här delen.</värde></okänd>`,
  };
  if (macro) p['xl/vbaProject.bin'] = vbaProject();
  return p;
}

/** A stand-in VBA project: an OLE header and bytes that must come back unchanged. */
function vbaProject(): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 8; i < b.length; i++) b[i] = (i * 31 + 7) & 0xff;
  return b;
}

export interface Fixture {
  bytes: Uint8Array;
  /** The parts as written, by name. */
  parts: Record<string, Uint8Array>;
}

/** The fidelity workbook as a zip (deflate for XML, stored for binaries, as Excel does). */
export function fidelityWorkbook(opts: { macro?: boolean } = {}): Fixture {
  const raw = parts(!!opts.macro);
  const u8: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(raw)) u8[k] = typeof v === 'string' ? strToU8(v) : v;
  const zipInput: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [k, v] of Object.entries(u8)) zipInput[k] = [v, { level: k.endsWith('.bin') ? 0 : 6 }];
  return { bytes: zipSync(zipInput), parts: u8 };
}
