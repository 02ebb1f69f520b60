/**
 * The "ITU Strategic Goals and Relevant Resolutions" cell: a run-on list of labelled parts
 * ("ITU Strategic Goal 3 (Target 3.1) ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan)
 * Regional Initiatives (AFR3, ARB2) ITU-T Objective 1 GCA 1. Legal Measures ... Resolutions
 * PP Res. 130 ..."). The text is cut at its labels; each label's reader reads the text up to
 * the next label, and whatever no reader understands is reported as goals-unparsed.
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import type { Goals, Resolution } from '../schema/roadmap.js';
import type { CellContent } from './cell-content.js';
import { readGcaPillars } from './gca.js';
import { readInitiatives } from './initiatives.js';
import { joinCell } from './joined-cell.js';
import { type Sector, readObjectives } from './objectives.js';
import { readPriorities } from './priorities.js';
import { readProgrammes } from './programmes.js';
import { quote } from './quote.js';
import { checkStrategicGoal, type ReferenceContext } from './reference-context.js';
import { BODY_PREFIX } from './resolution-tokens.js';
import { parseResolutions, sortResolutions } from './resolutions.js';
import { Scanner, type Span } from './scanner.js';
import { readStrategicGoals } from './strategic-goals.js';

// Every label a goals cell uses, tried in this order at each position (so "Resolutions 45" is
// a reference, "Resolutions PP Res. 130" a label). Every repetition is bounded or over a class
// its neighbour excludes, so a scan stays linear. (Exported for the ReDoS check, test/regex.)
export const LABEL = new RegExp(
  [
    String.raw`(?<reference>\b${BODY_PREFIX}\s[Rr]es(?:olutions?)?\b|\b[Rr]es(?:olutions?)?\.?\s?(?=\d))`,
    String.raw`(?<resolutions>\bResolutions\b:?)`,
    String.raw`(?<goal>\b(?:ITU\s)?(?:Strategic\s)?[Gg]oals?\b)`,
    String.raw`(?<objective>\bITU-(?<sector>[DTR])\s(?<kind>[Oo]bjective|[Oo]utput|[Oo]utcome)(?<plural>s?)\b)`,
    String.raw`(?<planObjective>\b(?:[A-Z][a-z]+\s){1,3}Action\sPlan\s[Oo]bjective(?<planPlural>s?)\b)`,
    // A plan's name before these labels ("Kigali Action Plan Priority") is read by the reference
    // context; here it is left over and passed in silence (see PLAN_NAME_ONLY).
    String.raw`(?<priority>\b(?:ITU-D\s)?Priorit(?:y|ies)\b)`,
    String.raw`(?<programme>\b(?:BDT\s|ITU-D\s)?Programmes?\b)`,
    String.raw`(?<initiatives>\bRegional\sInitiatives?\b)`,
    String.raw`(?<initiativeList>\((?=\s?[A-Za-z]{3}\s?\d))`,
    String.raw`(?<gca>\bGCA\b)`,
  ].join('|'),
  'g',
);

const KINDS = ['reference', 'resolutions', 'goal', 'objective', 'planObjective', 'priority', 'programme', 'initiatives', 'initiativeList', 'gca'] as const;
type Kind = (typeof KINDS)[number];

interface Segment {
  kind: Kind;
  labelStart: number;
  labelEnd: number;
  /** Where the next label starts (or the text ends). */
  end: number;
  groups: Record<string, string | undefined>;
}

function findSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const groups = m.groups ?? {};
    const kind = KINDS.find((k) => groups[k] !== undefined);
    if (!kind) continue;
    const last = segments[segments.length - 1];
    if (last) last.end = m.index;
    segments.push({ kind, labelStart: m.index, labelEnd: m.index + m[0].length, end: text.length, groups });
  }
  return segments;
}

function isResolutionPart(segment: Segment): boolean {
  return segment.kind === 'reference' || segment.kind === 'resolutions';
}

/** `context`: the edition's action plan and strategic plan, to check codes against (none: not checked). */
export function parseGoals(cell: CellContent, diag: Diagnostics, context: ReferenceContext | null = null): Goals {
  const { text, placeAt } = joinCell(cell);
  const goals = new Set<number>();
  const targets = new Set<string>();
  const objectives = new Set<string>();
  const initiatives = new Set<string>();
  const pillars = new Set<number>();
  const priorities = new Set<string>();
  const programmes = new Set<string>();
  const resolutions: Resolution[] = [];
  const leftovers: Span[] = [];

  const segments = findSegments(text);
  leftovers.push({ start: 0, end: segments[0]?.labelStart ?? text.length });

  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment) continue;
    if (isResolutionPart(segment)) {
      // Consecutive resolution parts ("Resolutions Resolutions PP Res. 130 ... WTDC Res. 45 ...")
      // are read as one list, so a reference without a body can take the one before it.
      const parts: string[] = [];
      // Where each part starts in the joined text and in the cell, for warning places.
      const starts: { joined: number; cell: number }[] = [];
      let length = 0;
      let j = i;
      for (let s = segments[j]; s && isResolutionPart(s); s = segments[++j]) {
        const from = s.kind === 'reference' ? s.labelStart : s.labelEnd;
        if (parts.length > 0) length += 1;
        starts.push({ joined: length, cell: from });
        parts.push(text.slice(from, s.end));
        length += s.end - from;
      }
      const partPlace = (offset: number): Place => {
        const start = starts.findLast((p) => p.joined <= offset) ?? starts[0]!;
        return placeAt(start.cell + Math.max(0, offset - start.joined));
      };
      resolutions.push(...parseResolutions(parts.join(' '), partPlace, diag));
      i = j - 1;
      continue;
    }
    const s = new Scanner(text, segment.labelEnd, segment.end);
    const place = placeAt(segment.labelStart);
    switch (segment.kind) {
      case 'goal': {
        const read = readStrategicGoals(s);
        for (const n of read.goals) goals.add(n);
        if (context) for (const n of read.goals) checkStrategicGoal(n, place, diag, context, read.names.get(n) ?? null);
        for (const t of read.targets) targets.add(t);
        // A goal label with no number says nothing.
        if (read.goals.length === 0 && read.targets.length === 0) {
          leftovers.push({ start: segment.labelStart, end: segment.labelEnd });
        }
        break;
      }
      case 'objective':
      case 'planObjective': {
        const label = {
          // An action plan is adopted by a WTDC: its objectives are ITU-D objectives.
          sector: (segment.groups.sector ?? 'D') as Sector,
          kind: segment.groups.kind ?? 'Objective',
          plural: (segment.groups.plural ?? segment.groups.planPlural ?? '') !== '',
          printed: text.slice(segment.labelStart, segment.labelEnd),
        };
        for (const o of readObjectives(s, label, place, diag)) objectives.add(o);
        break;
      }
      case 'priority':
        for (const p of readPriorities(s, place, diag, context)) priorities.add(p);
        break;
      case 'programme':
        for (const p of readProgrammes(s, place, diag, context)) programmes.add(p);
        break;
      case 'initiatives':
      case 'initiativeList':
        for (const c of readInitiatives(s, placeAt, diag, context)) initiatives.add(c);
        break;
      case 'gca':
        for (const n of readGcaPillars(s, placeAt, diag)) pillars.add(n);
        break;
    }
    leftovers.push(...s.leftovers);
  }

  reportLeftovers(text, leftovers, placeAt, diag);
  return {
    raw: text,
    strategicGoals: [...goals].sort((a, b) => a - b),
    strategicTargets: [...targets].sort(compareDotted),
    objectives: [...objectives].sort(),
    regionalInitiatives: [...initiatives].sort(),
    gcaPillars: [...pillars].sort((a, b) => a - b),
    resolutions: sortResolutions(resolutions),
    // Written only when cited, so that editions without them keep their shape.
    ...(priorities.size > 0 ? { priorities: [...priorities].sort() } : {}),
    ...(programmes.size > 0 ? { programmes: [...programmes].sort(compareNumbered) } : {}),
  };
}

/** "ITU-D Programme 2" before "ITU-D Programme 10". */
function compareNumbered(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function compareDotted(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** An action plan's name alone, before a priority or programme label: it names the plan, nothing more. */
const PLAN_NAME_ONLY = /^(?:[A-Z][a-z]+\s){1,3}Action\sPlan$/;

/** Neighbouring unread pieces (only spaces between) are reported together, once. */
function reportLeftovers(text: string, spans: Span[], placeAt: (offset: number) => Place, diag: Diagnostics): void {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let run: Span | null = null;
  const flush = (): void => {
    if (!run) return;
    const fragment = text.slice(run.start, run.end).trim();
    // Stray punctuation between parts carries nothing worth a warning.
    if (/[\p{L}\p{N}]/u.test(fragment) && !PLAN_NAME_ONLY.test(fragment)) {
      diag.warn('goals-unparsed', `${quote(fragment)} matches no known kind of reference.`, placeAt(run.start));
    }
    run = null;
  };
  for (const span of sorted) {
    if (run && text.slice(run.end, span.start).trim() === '') {
      run.end = Math.max(run.end, span.end);
    } else {
      flush();
      run = { start: span.start, end: span.end };
    }
  }
  flush();
}
