/**
 * Plain styling after the NHS design system's colours and type scale, inline so the file stands alone; the print
 * rules give an A4 document with no navigation and tables that do not split across pages.
 */
export const EVIDENCE_PACK_CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: #f0f4f5; color: #212b32; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 1.1875rem; line-height: 1.5; }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { left: 1rem; top: 1rem; padding: .5rem; background: #ffeb3b; color: #212b32; }
header { background: #005eb8; color: #fff; padding: 1rem 0; }
header p { margin: 0 auto; max-width: 960px; padding: 0 1rem; font-weight: 700; }
main { display: block; max-width: 960px; margin: 0 auto; padding: 2rem 1rem 4rem; }
h1, h2, h3 { font-weight: 700; line-height: 1.25; color: #212b32; }
h1 { font-size: 2.5rem; margin: 0 0 1.5rem; }
h2 { font-size: 1.75rem; margin: 3rem 0 1rem; padding-top: 1rem; border-top: 4px solid #005eb8; }
h3 { font-size: 1.375rem; margin: 2rem 0 .75rem; }
p { margin: 0 0 1rem; max-width: 44em; }
a { color: #005eb8; }
a:visited { color: #330072; }
a:focus { outline: 4px solid transparent; background: #ffeb3b; color: #212b32; box-shadow: 0 -2px #ffeb3b, 0 4px #212b32; text-decoration: none; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.5rem; margin: 0 0 1.5rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
nav ol { padding-left: 1.5rem; }
.findings { background: #fff; border-left: 8px solid #005eb8; padding: 1rem 1.5rem; margin: 0 0 1.5rem; }
.findings p:last-child { margin-bottom: 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 2rem; background: #fff; font-size: 1rem; }
caption { text-align: left; font-weight: 700; font-size: 1.1875rem; padding-bottom: .5rem; }
th, td { border-bottom: 1px solid #d8dde0; padding: .5rem .75rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #4c6272; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #4c6272; }
.withheld { color: #4c6272; }
.symbols dt { font-weight: 700; float: left; clear: left; width: 3rem; }
.symbols dd { margin: 0 0 .5rem 3rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  header { background: none; color: #212b32; padding: 0 0 6pt; border-bottom: 2pt solid #005eb8; }
  header p, main { max-width: none; padding: 0; }
  .skip-link, nav { display: none; }
  h1 { font-size: 22pt; }
  h2 { font-size: 16pt; margin-top: 18pt; break-after: avoid; }
  h3 { font-size: 12.5pt; break-after: avoid; }
  section + section { break-before: page; }
  table { font-size: 10pt; break-inside: avoid; }
  .findings { border-left-width: 4pt; padding: 6pt 10pt; }
  a { color: #212b32; text-decoration: none; }
}
`;
