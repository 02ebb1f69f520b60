/**
 * Where the command line writes: stdout for results, stderr for notes, warnings and errors. Under
 * --json every command writes JSON on stdout only (errors too) and leaves stderr empty, so a CI
 * job can parse stdout whatever happened.
 */
export interface Console {
  /** One line of results on stdout (the line end is added). */
  out(line: string): void;
  /** One line of notes, warnings or errors on stderr. */
  err(line: string): void;
  /** Text on stdout exactly as given (an export with its own line ends). */
  write?(text: string): void;
  /** stderr is an interactive terminal: show a live progress display and colour (unless NO_COLOR). */
  interactive?: boolean;
}

/** How warnings and validation issues are shown: lines for people, GitHub workflow annotations, or JSON. */
export const REPORTERS = ['text', 'github', 'json'] as const;
export type Reporter = (typeof REPORTERS)[number];

/** Options every reporting command shares. */
export interface ReportOptions {
  json?: boolean;
  reporter?: Reporter;
  quiet?: boolean;
  /** Warning or issue codes that fail the run (exit 1) when present. */
  failOn?: string[];
  /** Warning or issue codes that are neither shown nor counted. */
  ignore?: string[];
}

export function reporterOf(options: ReportOptions): Reporter {
  return options.json ? 'json' : (options.reporter ?? 'text');
}

/** Writes text on stdout exactly: the console's raw writer, or lines without the last line end. */
export function writeRaw(io: Console, text: string): void {
  if (io.write) io.write(text);
  else if (text !== '') io.out(text.replace(/\r?\n$/, ''));
}

/** "a,b , c" → ["a", "b", "c"]: the value of --fail-on and --ignore. */
export function codeList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((c) => c.trim()).filter((c) => c !== '')];
}

/** A GitHub workflow command (annotation): `::warning file=F,line=L,title=T::message`, escaped as the runner wants. */
export function githubAnnotation(level: 'error' | 'warning' | 'notice', message: string, where: { file?: string; line?: number | null; title?: string }): string {
  const property = (v: string) => v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
  const data = (v: string) => v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = [
    where.file !== undefined ? `file=${property(where.file)}` : null,
    where.line != null ? `line=${where.line}` : null,
    where.title !== undefined ? `title=${property(where.title)}` : null,
  ].filter((p) => p !== null);
  return `::${level}${props.length > 0 ? ` ${props.join(',')}` : ''}::${data(message)}`;
}
