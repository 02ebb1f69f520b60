/**
 * Parsing Markdown with unified + remark-parse + remark-gfm, and the few mdast node fields the
 * loader reads. The loader walks the tree itself, so a plain structural type is enough (and it
 * keeps the loader independent of the mdast type package's versions).
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface MdPoint {
  line: number;
  column: number;
  offset?: number;
}

export interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  /** Heading level. */
  depth?: number;
  /** Footnote definitions and references. */
  identifier?: string;
  label?: string | null;
  position?: { start: MdPoint; end: MdPoint };
}

const processor = unified().use(remarkParse).use(remarkGfm);

/** The document's mdast root: GFM tables, footnotes, strikethrough and autolink literals on. */
export function parseMarkdown(text: string): MdNode {
  return processor.parse(text) as unknown as MdNode;
}

/** 1-based source line where a node starts, or null for generated nodes. */
export function startLine(node: MdNode): number | null {
  return node.position?.start.line ?? null;
}

/** Every footnote reference under a node, in document order. */
export function footnoteReferences(node: MdNode): string[] {
  if (node.type === 'footnoteReference') return node.identifier ? [node.identifier] : [];
  return (node.children ?? []).flatMap(footnoteReferences);
}
