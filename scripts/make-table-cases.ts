/**
 * `npx tsx scripts/make-table-cases.ts [name...]`: synthetic table pages for the mechanisms that
 * break table structure (issue 11), printed by headless Chromium to
 * fixtures/tables/synthetic/<name>.pdf, with the expected tables written by hand here and saved
 * beside each PDF as <name>.json. A dev tool (it needs Chromium); test/tables/synthetic.test.ts and
 * `npm run bench:tables` read the committed files.
 *
 * Each case is a page: HTML tables in one of four drawings — `grid` (column lines, row lines only
 * around bands that may hold several rows), `rows` (a line under every row, no column lines),
 * `booktabs` (lines above and under the header and under the table), `none` — with prose, notes
 * or a second table around them. Expected cells are the data below; a dot leader ("Label . . . .")
 * is printed by filling the label's cell with dots in the page (a script), and the expected text
 * holds the label alone: scoring drops leader dots from what is read (bench/tables/synthetic.ts).
 *
 * `aside: true` cases were kept out of sight while the rules were designed, as a check on them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, printToPdf } from './chromium-print.js';

const OUT_DIR = 'fixtures/tables/synthetic';

type Align = 'l' | 'r' | 'c';
type Drawing = 'grid' | 'rows' | 'booktabs' | 'none';

interface TableSpec {
  drawing: Drawing;
  /** Header rows; a cell "<" is covered by the cell on its left (a spanning label); "\n" breaks a line. */
  header: string[][];
  /** Body rows, each a list of cell texts; rows in one band share its ruled box (`grid`). */
  bands: string[][][];
  align: Align[];
  /** Column widths in % of the table. */
  widths?: number[];
  /**
   * Fill the first column's cells with dot leaders: `spaced` ". . . .", `packed` "......", or
   * `tab` (spaced dots run on up to the second column's number, a tab leader: label, dots and
   * number set in one cell spanning both columns).
   */
  leaders?: 'spaced' | 'packed' | 'tab';
  /** How a band's cells sit when a row's label wraps: numbers on the label's first line or its last. */
  valign?: 'top' | 'bottom';
  /** Table width in % of the column it sits in. */
  width?: number;
  /** Extra padding between columns (pt), default 4. */
  padding?: number;
  /** Indent (em) of labels that start with "  " (two spaces: a sub-item). */
  caption?: string;
  notes?: string[];
}

interface Case {
  name: string;
  description: string;
  font: string;
  size: number;
  /** Page content in order; a pair of tables is printed side by side. */
  blocks: (TableSpec | TableSpec[] | { prose: string[] } | { list: string[] } | { html: string })[];
  aside?: boolean;
}

const P = (s: string) => ({ prose: [s] });

const LOREM =
  'The survey covers all households in the sampled areas. Figures are weighted to the population estimates of the year, and may not add to totals because of rounding. Estimates for small groups are less reliable and should be read with care.';

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Notes under a table as a two-column list: the key, then its text. */
const notes = (items: [string, string][]) =>
  `<div style="display:grid;grid-template-columns:48pt auto;font-size:0.85em;margin:2pt 0 10pt 0">${items.map(([k, v]) => `<div>${escape(k)}</div><div>${escape(v)}</div>`).join('')}</div>`;

/** A stacked bar chart of boxes; a value label wider than its bar runs over the bar's edge. */
const CHART = (() => {
  const rows: [string, number[]][] = [['2001', [30.5, 49.0, 20.4]], ['2005', [29.7, 48.6, 21.7]], ['2010', [28.7, 46.3, 25.0]], ['2015', [4.2, 68.0, 27.8]], ['2030', [3.6, 64.2, 32.2]]];
  const bar = (v: number, colour: string) =>
    `<div style="width:${v * 3.6}pt;height:12pt;background:${colour};border:0.6pt solid #000;box-sizing:border-box;white-space:nowrap;overflow:visible;text-align:center;line-height:12pt">${v.toFixed(1)}</div>`;
  const body = rows.map(([year, values]) => `<div style="display:flex;align-items:center;margin:4pt 0"><div style="width:34pt">${year}</div>${values.map((v, i) => bar(v, ['#fff', '#3cc', '#9dd'][i]!)).join('')}</div>`).join('');
  const axis = `<div style="display:flex;margin-left:34pt;width:360pt;justify-content:space-between;font-size:0.8em">${[0, 20, 40, 60, 80, 100].map((p) => `<span>${p}%</span>`).join('')}</div>`;
  const swatch = (colour: string, label: string) => `<span style="display:inline-block;width:7pt;height:7pt;border:0.6pt solid #000;background:${colour};margin:0 2pt 0 8pt"></span>${label}`;
  const legend = `<div style="margin:6pt 0 0 80pt;border:0.6pt solid #000;display:inline-block;padding:2pt 6pt;font-size:0.8em">${swatch('#fff', '0 to 24 years')}${swatch('#3cc', '25 to 59 years')}${swatch('#9dd', '60 years and over')}</div>`;
  return `<div style="border:0.6pt solid #000;padding:6pt;margin:4pt 0 4pt 0;width:420pt">${body}${axis}${legend}</div>`;
})();

/** Two page columns: a figure's labels on the left, a paragraph on the right. */
const FIGURE_BESIDE_PROSE = (() => {
  const ticks = [['54,000', '0.50'], ['53,000', '0.48'], ['52,000', '0.46'], ['51,000', '0.44'], ['50,000', '0.42'], ['49,000', '0.40']];
  const left = [
    '<p style="text-align:left"><b>Figure 1.</b> Median household income and income inequality, 1997–2007</p>',
    `<div style="position:relative;height:150pt">${ticks.map(([a, b], i) => `<div style="position:absolute;top:${i * 22}pt;left:0;width:100%;display:flex;justify-content:space-between"><span>${a}</span><span>${b}</span></div>`).join('')}</div>`,
    '<div style="display:flex;justify-content:space-between;font-size:0.9em"><span>1997</span><span>1999</span><span>2001</span><span>2003</span><span>2005</span><span>2007</span></div>',
    '<p style="font-size:0.85em;text-align:left">Source: Current population reports, income, poverty, and health insurance coverage in the United States, 2007.</p>',
  ].join('');
  const right = `<p>${escape('and activity limitation reported in nationally representative surveys. Scores can theoretically range from 1.00 for persons who have no activity limitation and are in excellent health to 0.10 for persons who are limited in activities of daily living and are in poor health. The scores are based on assumptions and are described elsewhere. For example, a person in excellent health with disabilities is considered as healthy as a person in poor health with no disabilities. The average score and inequality among adults for the decade is estimated and presented in the figure. Although residents are living longer, the average score among adults demonstrated a declining trend over the period, while inequality among individual persons, as measured by the index, fell slightly from one year to the next and experienced an overall declining trend.')}</p>`;
  return `<div style="display:flex;gap:18pt"><div style="width:48%">${left}</div><div style="width:48%">${right}</div></div>`;
})();

const CASES: Case[] = [
  {
    name: 'bands-right-numbers',
    description: 'Ruled grid whose row lines frame bands of three or four rows; labels left, numbers right-aligned',
    font: 'Liberation Sans',
    size: 9,
    blocks: [
      P('Table 1. Persons by region and year (thousands)'),
      {
        drawing: 'grid',
        align: ['l', 'r', 'r', 'r'],
        widths: [40, 20, 20, 20],
        header: [['Region', '2010', '2011', '2012']],
        bands: [
          [
            ['North', '1,204', '1,216', '1,230'],
            ['North-east', '873', '879', '9,884'],
            ['East', '45', '52', '61'],
          ],
          [
            ['South', '2,310', '2,355', '2,401'],
            ['South-west', '15,512', '518', '1,526'],
            ['West', '7', '12', '(NA)'],
            ['Central', '3,004', '3,010', '3,021'],
          ],
          [['Total', '23,955', '8,042', '18,123']],
        ],
      },
    ],
  },
  {
    name: 'bands-leaders',
    description: 'Ruled grid with bands of rows; labels with spaced dot leaders, indented sub-items, numbers right-aligned',
    font: 'Liberation Serif',
    size: 9,
    blocks: [
      P('Table 2. Employment status of the population aged 16 and older'),
      {
        drawing: 'grid',
        align: ['l', 'r', 'r'],
        widths: [56, 22, 22],
        leaders: 'spaced',
        header: [['Characteristic', 'Number', 'Percent']],
        bands: [
          [
            ['All persons', '210,411', '100.0'],
            ['  Employed', '139,877', '66.5'],
            ['  Unemployed', '8,924', '4.2'],
            ['  Not in labor force', '61,610', '29.3'],
          ],
          [
            ['Men', '101,964', '100.0'],
            ['  Employed', '74,624', '73.2'],
            ['  Unemployed', '4,944', '4.8'],
          ],
          [
            ['Women', '108,447', '100.0'],
            ['  Employed', '65,253', '60.2'],
            ['  Unemployed', '3,980', '3.7'],
          ],
        ],
      },
    ],
  },
  {
    name: 'bands-multiline',
    description: 'Ruled grid with bands of rows whose labels wrap onto a second line; numbers on the label’s last line',
    font: 'Liberation Sans',
    size: 9,
    blocks: [
      P('Table 3. Expenditure by programme (million euro)'),
      {
        drawing: 'grid',
        align: ['l', 'r', 'r'],
        widths: [50, 25, 25],
        valign: 'bottom',
        header: [['Programme', 'Commitments', 'Payments']],
        bands: [
          [
            ['Research and innovation in small and medium-sized enterprises', '1,402.5', '987.1'],
            ['Transport networks', '2,115.0', '1,870.4'],
            ['Energy efficiency in public buildings and social housing', '640.2', '311.9'],
          ],
          [
            ['Education and training', '880.0', '812.3'],
            ['Employment support for young people not in education or training', '1,250.7', '1,002.6'],
          ],
        ],
      },
    ],
  },
  {
    name: 'bands-multiline-top',
    description: 'Ruled grid with bands of rows, wrapped text cells in two columns, all cells top-aligned',
    font: 'Liberation Sans',
    size: 9,
    blocks: [
      {
        drawing: 'grid',
        align: ['l', 'l', 'r'],
        widths: [30, 50, 20],
        valign: 'top',
        header: [['Measure', 'Description', 'Budget']],
        bands: [
          [
            ['Grants', 'Direct support to firms for investment in new equipment', '120.5'],
            ['Loans', 'Low-interest loans through national banks', '80.0'],
          ],
          [
            ['Training', 'Courses for workers in sectors hit by the crisis, run by regional agencies', '45.2'],
            ['Advice', 'Free advice for start-ups', '12.9'],
            ['Networks', 'Clusters linking firms with universities and research centres', '30.4'],
          ],
        ],
      },
    ],
  },
  {
    name: 'bands-narrow-labels',
    description: 'Ruled grid with a band of rows whose one-word labels nearly fill a narrow first column; a header of stacked labels',
    font: 'Liberation Serif',
    size: 10,
    blocks: [
      P('Table 8. Sample by age cohort'),
      {
        drawing: 'grid',
        align: ['l', 'r', 'r', 'r'],
        widths: [16, 28, 28, 28],
        width: 80,
        header: [['Age Cohort', 'Treatment Group', 'Comparison Group', 'Whole Sample']],
        bands: [
          [
            ['3-year-olds', '1,530', '1,029', '2,559'],
            ['4-year-olds', '1,253', '855', '2,108'],
            ['5-year-olds', '988', '1,002', '1,990'],
          ],
          [['Total', '3,771', '2,886', '6,657']],
        ],
      },
    ],
  },
  {
    name: 'stacked-header',
    description: 'Ruled grid whose header band stacks two-line labels in every column, over one-row bands',
    font: 'Liberation Sans',
    size: 9,
    blocks: [
      {
        drawing: 'grid',
        align: ['l', 'r', 'r', 'r'],
        widths: [34, 22, 22, 22],
        width: 70,
        header: [['Member\nState', 'Persons\nEmployed', 'Hours\nWorked', 'Average\nWage']],
        bands: [[['Austria', '4,120', '1,602', '38.2']], [['Belgium', '4,530', '1,574', '41.0']], [['Croatia', '1,640', '1,838', '12.7']], [['Cyprus', '410', '1,901', '19.9']]],
      },
    ],
  },
  {
    name: 'stream-leaders',
    description: 'Borderless table with packed dot leaders running up to the first number column, narrow gap',
    font: 'Liberation Serif',
    size: 9,
    blocks: [
      P('Table 4. Receipts of the federal government, fiscal years (billions of dollars)'),
      {
        drawing: 'booktabs',
        align: ['l', 'r', 'r', 'r'],
        widths: [52, 16, 16, 16],
        leaders: 'packed',
        padding: 2,
        header: [['Source', '2009', '2010', '2011']],
        bands: [
          [['Individual income taxes', '915.3', '898.5', '1,091.5']],
          [['Corporation income taxes', '138.2', '191.4', '181.1']],
          [['Social insurance receipts', '890.9', '864.8', '818.8']],
          [['Excise taxes', '62.5', '66.9', '72.4']],
          [['Estate and gift taxes', '23.5', '18.9', '7.4']],
          [['Customs duties', '22.5', '25.3', '29.5']],
          [['Miscellaneous receipts', '51.0', '96.8', '102.8']],
          [['Total receipts', '2,104.9', '2,162.7', '2,303.5']],
        ],
      },
    ],
  },
  {
    name: 'stream-tab-leaders',
    description: 'Borderless table whose labels run on in spaced dots up to the first column of numbers (tab leaders), with indented sub-items',
    font: 'Liberation Serif',
    size: 9,
    blocks: [
      P('Table 9. Persons with a disability, by age (thousands)'),
      {
        drawing: 'booktabs',
        align: ['l', 'r', 'r', 'r'],
        widths: [58, 14, 14, 14],
        leaders: 'tab',
        padding: 3,
        header: [['Characteristic', 'Number', 'Percent', 'Margin']],
        bands: [
          [['All ages', '291,099', '100.0', '(X)']],
          [['With a disability', '54,425', '18.7', '0.2']],
          [['  Severe disability', '35,208', '12.1', '0.2']],
          [['Aged 6 and older', '268,335', '100.0', '(X)']],
          [['  Needed personal assistance', '10,996', '4.1', '0.1']],
          [['Aged 15 and older', '230,391', '100.0', '(X)']],
          [['  Difficulty seeing', '7,793', '3.4', '0.1']],
          [['  Difficulty hearing', '7,814', '3.4', '0.1']],
        ],
      },
    ],
  },
  {
    name: 'notes-under',
    description: 'Table with rules above and under the header and under the body, prose above and notes below',
    font: 'Liberation Serif',
    size: 10,
    blocks: [
      P(LOREM),
      P('Table 5. Households by size'),
      {
        drawing: 'booktabs',
        align: ['l', 'r', 'r'],
        widths: [50, 25, 25],
        width: 70,
        header: [['Household size', 'Number', 'Share']],
        bands: [[['One person', '4,120', '28.4']], [['Two persons', '5,030', '34.7']], [['Three persons', '2,480', '17.1']], [['Four or more', '2,870', '19.8']]],
        notes: ['Note: Households in collective dwellings are not included.', 'Source: Labour force survey, second quarter.'],
      },
      P('The number of one-person households rose by a fifth over the decade, mostly among people aged 65 and over, while the share of households of four or more persons kept falling in every region.'),
      { list: ['Households are counted at their usual residence.', 'A person living alone is a household of one.'] },
    ],
  },
  {
    name: 'side-by-side',
    description: 'Two borderless tables side by side, each with its own header rule',
    font: 'Liberation Sans',
    size: 9,
    blocks: [
      P('Table 6. Arrivals and departures by port'),
      [
        {
          drawing: 'booktabs',
          align: ['l', 'r', 'r'],
          widths: [50, 25, 25],
          width: 46,
          header: [['Port', 'Arrivals', 'Departures']],
          bands: [[['Antwerp', '1,205', '1,190']], [['Rotterdam', '3,480', '3,512']], [['Hamburg', '2,011', '1,987']], [['Le Havre', '640', '655']]],
        },
        {
          drawing: 'booktabs',
          align: ['l', 'r', 'r'],
          widths: [50, 25, 25],
          width: 46,
          header: [['Airport', 'Arrivals', 'Departures']],
          bands: [[['Brussels', '9,870', '9,902']], [['Schiphol', '24,300', '24,115']], [['Frankfurt', '28,950', '29,010']], [['Orly', '14,020', '13,990']]],
        },
      ],
    ],
  },
  {
    name: 'narrow-gutters',
    description: 'A dense numeric table without rules: ten columns of numbers a few points apart',
    font: 'Liberation Sans Narrow',
    size: 7,
    blocks: [
      P('Table 7. Index of production, monthly (2005 = 100)'),
      {
        drawing: 'none',
        align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
        padding: 1.5,
        width: 80,
        header: [['Country', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep']],
        bands: [
          [['Belgium', '101.2', '99.8', '102.4', '103.0', '98.7', '100.1', '97.5', '95.0', '101.9']],
          [['Bulgaria', '88.4', '90.2', '91.7', '89.9', '92.3', '93.0', '94.1', '92.8', '95.6']],
          [['Denmark', '104.5', '105.1', '103.8', '106.2', '107.0', '105.9', '104.4', '103.3', '108.1']],
          [['Germany', '110.3', '111.0', '112.8', '111.5', '113.2', '114.0', '112.9', '111.7', '115.4']],
          [['Estonia', '120.1', '118.6', '122.3', '125.0', '123.7', '121.4', '119.9', '124.8', '126.2']],
          [['Ireland', '96.0', '97.4', '95.8', '98.1', '99.3', '100.7', '98.8', '97.2', '101.5']],
        ],
      },
    ],
  },
  {
    name: 'rows-ruled',
    description: 'A line under every row and none between columns; cells wrap onto several lines',
    font: 'Liberation Sans',
    size: 9,
    blocks: [
      {
        drawing: 'rows',
        align: ['l', 'l', 'l'],
        widths: [22, 48, 30],
        valign: 'top',
        header: [['Action', 'What it does', 'Who leads']],
        bands: [
          [['Audit', 'Checks that the funds were spent on the purposes agreed in the grant decision', 'Court of Auditors']],
          [['Review', 'Compares results with the targets set at the start of the programme', 'Commission and member states']],
          [['Report', 'Publishes the findings each year', 'Commission']],
          [['Follow-up', 'Tracks whether recommendations were taken up and explains any delay to the committee', 'Monitoring committee']],
        ],
      },
    ],
  },
  {
    name: 'prose-only',
    description: 'A page of prose with a bulleted list and a short indented quotation: no table',
    font: 'Liberation Serif',
    size: 10,
    blocks: [
      P(LOREM + ' ' + LOREM),
      { list: ['Regional figures are shown for the largest regions only.', 'Totals include persons whose region is unknown.', 'Changes are measured against the same quarter of the year before.'] },
      P('Comparisons with earlier years must take account of the new weighting, introduced in the first quarter, which raised the estimate of employed persons by about half a per cent. ' + LOREM),
    ],
  },
  {
    name: 'chart-and-notes',
    description: 'A stacked bar chart drawn with boxes whose value labels cross the bars’ edges, a legend of boxed swatches, a table, and notes keyed "Source:", "(*)" set in two columns',
    font: 'Liberation Serif',
    size: 10,
    blocks: [
      P('Figure 1. Population by age group (%)'),
      { html: CHART },
      { html: notes([['Source:', 'National statistical office, 2006.']]) },
      P('Table 10. Growth rate of output (percentage change on previous year)'),
      {
        drawing: 'grid',
        align: ['l', 'c', 'c', 'c'],
        width: 80,
        header: [['', 'Finland', 'Euro area', 'Union']],
        bands: [[['1996', '3.7', '1.6', '1.7']], [['2000', '5.0', '3.9', '3.9']], [['2005', '1.5', '1.5', '1.6']], [['2006 (*)', '3.5', '2.0', '2.1']]],
      },
      { html: notes([['GDP:', 'Gross domestic product.'], ['(*)', 'Forecast.'], ['Source:', 'Statistical office of the Union, national accounts, 2005.']]) },
    ],
  },
  {
    name: 'figure-beside-prose',
    description: 'A page set in two columns: a line chart’s axis labels and legend on the left, running text on the right',
    font: 'Liberation Sans',
    size: 9,
    blocks: [{ html: FIGURE_BESIDE_PROSE }],
  },
  // Kept aside while designing (a check that the rules did not fit the cases above).
  {
    name: 'aside-bands-leaders-sans',
    description: 'Ruled grid with bands of rows, packed dot leaders and right-aligned numbers, in a sans font',
    font: 'DejaVu Sans',
    size: 8,
    aside: true,
    blocks: [
      {
        drawing: 'grid',
        align: ['l', 'r', 'r', 'r'],
        widths: [46, 18, 18, 18],
        leaders: 'packed',
        header: [['Item', 'Q1', 'Q2', 'Q3']],
        bands: [
          [
            ['Food', '12.4', '12.9', '13.1'],
            ['  Bread and cereals', '3.1', '3.2', '3.3'],
            ['  Meat', '4.0', '4.1', '4.2'],
          ],
          [
            ['Housing', '25.2', '25.0', '25.6'],
            ['  Rent', '18.9', '18.7', '19.0'],
            ['  Energy', '6.3', '6.3', '6.6'],
          ],
        ],
      },
      P('Note: quarterly averages of monthly prices. ' + LOREM),
    ],
  },
  {
    name: 'aside-bands-wrapped-serif',
    description: 'Ruled grid with bands whose labels wrap, numbers top-aligned, spaced leaders on one-line labels',
    font: 'DejaVu Serif',
    size: 8,
    aside: true,
    blocks: [
      {
        drawing: 'grid',
        align: ['l', 'r', 'r'],
        widths: [54, 23, 23],
        valign: 'top',
        header: [['Type of institution', 'Students', 'Staff']],
        bands: [
          [
            ['Universities', '1,204,330', '98,120'],
            ['Universities of applied sciences and other professional higher education institutes', '530,210', '41,005'],
          ],
          [
            ['Colleges', '88,400', '7,350'],
            ['Academies of art, music and drama', '21,900', '3,480'],
            ['Distance learning', '140,050', '2,910'],
          ],
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Expected tables

/** The expected tables of a case, in reading order; each a list of rows of cell texts. */
function expectedOf(c: Case): { rows: string[][] }[] {
  const tables = c.blocks.flatMap((b) => (Array.isArray(b) ? b : 'drawing' in b ? [b] : []));
  return tables.map((t) => ({ rows: [...t.header, ...t.bands.flat()].map((row) => row.map((cell) => (cell === '<' ? '' : cell.trim().replace(/\n/g, ' ')))) }));
}

// ---------------------------------------------------------------------------------------------
// HTML


function tableHtml(t: TableSpec): string {
  const line = '0.6pt solid #000';
  const pad = t.padding ?? 4;
  const cols = t.widths ? `<colgroup>${t.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
  const cell = (text: string, k: number, tag: 'td' | 'th', style: string[], span: number) => {
    const align = t.align[k] === 'r' ? 'right' : t.align[k] === 'c' ? 'center' : 'left';
    const css = [`text-align:${tag === 'th' ? 'center' : align}`, `padding:1pt ${pad}pt`, `vertical-align:${t.valign ?? 'bottom'}`, ...style];
    const indent = text.startsWith('  ') ? ' style="padding-left:1.2em"' : '';
    let inner = escape(text.trim()).replace(/\n/g, '<br>');
    if (k === 0 && t.leaders && tag === 'td') inner = `<span class="lead ${t.leaders}"><span${indent}>${inner}</span></span>`;
    else if (indent) inner = `<span${indent}>${inner}</span>`;
    return `<${tag}${span > 1 ? ` colspan="${span}"` : ''} style="${css.join(';')}">${inner}</${tag}>`;
  };
  const rowHtml = (row: string[], tag: 'td' | 'th', style: (k: number) => string[]) => {
    const out: string[] = [];
    if (t.leaders === 'tab' && tag === 'td') {
      // Label, dots and the first number in one cell over the first two columns.
      const indent = row[0]!.startsWith('  ') ? ' style="padding-left:1.2em"' : '';
      const css = [`padding:1pt ${pad}pt`, ...style(0)];
      out.push(`<td colspan="2" style="${css.join(';')}"><div class="tab"><span${indent}>${escape(row[0]!.trim())}</span><span class="fill"></span><span class="num">${escape(row[1]!)}</span></div></td>`);
      for (let k = 2; k < row.length; k++) out.push(cell(row[k]!, k, tag, style(k), 1));
      return `<tr>${out.join('')}</tr>`;
    }
    for (let k = 0; k < row.length; k++) {
      if (row[k] === '<') continue;
      let span = 1;
      while (row[k + span] === '<') span++;
      out.push(cell(row[k]!, k, tag, style(k), span));
    }
    return `<tr>${out.join('')}</tr>`;
  };
  const vertical = (k: number) => (t.drawing === 'grid' ? [`border-left:${line}`, ...(k === t.align.length - 1 ? [`border-right:${line}`] : [])] : []);
  const rows: string[] = [];
  for (const [i, h] of t.header.entries()) {
    const top = i === 0 && t.drawing !== 'none' ? [`border-top:${line}`] : [];
    const bottom = i === t.header.length - 1 && t.drawing !== 'none' ? [`border-bottom:${line}`] : [];
    rows.push(rowHtml(h, 'th', (k) => [...vertical(k), ...top, ...bottom, 'font-weight:bold']));
  }
  for (const [b, band] of t.bands.entries()) {
    for (const [i, row] of band.entries()) {
      const lastOfBand = i === band.length - 1;
      const lastOfTable = lastOfBand && b === t.bands.length - 1;
      const rule = (t.drawing === 'grid' && lastOfBand) || (t.drawing === 'rows' && lastOfBand) || (t.drawing === 'booktabs' && lastOfTable);
      rows.push(rowHtml(row, 'td', (k) => [...vertical(k), ...(rule ? [`border-bottom:${line}`] : [])]));
    }
  }
  const notes = (t.notes ?? []).map((n) => `<p class="note">${escape(n)}</p>`).join('');
  return `<table style="width:${t.width ?? 100}%">${cols}${rows.join('')}</table>${notes}`;
}

/** Fills each leader span's cell with dots up to its right edge (run in the page before printing). */
const LEADER_SCRIPT = `<script>
for (const lead of document.querySelectorAll('.lead')) {
  const td = lead.parentElement;
  const right = td.getBoundingClientRect().right - parseFloat(getComputedStyle(td).paddingRight);
  const unit = lead.classList.contains('spaced') ? ' .' : '.';
  const dots = document.createElement('span');
  lead.appendChild(dots);
  dots.textContent = lead.classList.contains('spaced') ? ' ' : '';
  while (true) {
    dots.textContent += unit;
    if (lead.getBoundingClientRect().right > right - 2) { dots.textContent = dots.textContent.slice(0, -unit.length); break; }
  }
}
for (const tab of document.querySelectorAll('.tab')) {
  const fill = tab.querySelector('.fill');
  const num = tab.querySelector('.num');
  fill.textContent = ' ';
  while (true) {
    fill.textContent += ' .';
    if (fill.getBoundingClientRect().right > num.getBoundingClientRect().left - 3) { fill.textContent = fill.textContent.slice(0, -2); break; }
  }
}
</script>`;

function pageHtml(c: Case): string {
  const css = [
    '@page { size: letter portrait; margin: 54pt; }',
    `body { font-family: "${c.font}"; font-size: ${c.size}pt; line-height: 1.2; margin: 0; }`,
    'table { border-collapse: collapse; margin: 6pt 0 10pt 0; }',
    'th, td { font-weight: normal; }',
    '.lead { display: inline-block; white-space: nowrap; }',
    '.tab { display: flex; white-space: nowrap; } .tab .num { margin-left: auto; }',
    '.note { font-size: 0.85em; margin: 2pt 0; }',
    'p { margin: 0 0 8pt 0; text-align: justify; }',
    '.pair { display: flex; justify-content: space-between; }',
    '.pair > div { width: 48%; }',
  ].join('\n');
  const parts = c.blocks.map((b) => {
    if (Array.isArray(b)) return `<div class="pair">${b.map((t) => `<div>${tableHtml({ ...t, width: 100 })}</div>`).join('')}</div>`;
    if ('drawing' in b) return tableHtml(b);
    if ('prose' in b) return b.prose.map((p) => `<p>${escape(p)}</p>`).join('');
    if ('html' in b) return b.html;
    return `<ul>${b.list.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
  });
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escape(c.name)}</title><style>${css}</style></head>\n<body>\n${parts.join('\n')}\n${LEADER_SCRIPT}\n</body></html>\n`;
}

const wanted = process.argv.slice(2);
const browser = chromium();
mkdirSync(OUT_DIR, { recursive: true });
for (const c of CASES) {
  if (wanted.length > 0 && !wanted.includes(c.name)) continue;
  const pdf = path.join(OUT_DIR, `${c.name}.pdf`);
  printToPdf(browser, pageHtml(c), pdf);
  writeFileSync(path.join(OUT_DIR, `${c.name}.json`), `${JSON.stringify({ name: c.name, description: c.description, aside: c.aside === true, page: 1, tables: expectedOf(c) }, null, 1)}\n`);
  console.log(`${pdf}`);
}
