import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One fenced code block of a Markdown file, named by the heading it sits under. */
export interface CodeBlock {
  /** `"<heading> #<n>"`: the n-th block (from 1) under that heading. */
  key: string;
  source: string;
  heading: string;
  lang: string;
  code: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The README files whose code blocks site developers copy: README.md, and the sections written with
 * the demo until they are merged into it (demo/README-sections.md, if it still exists).
 */
export const README_FILES = ['README.md', 'demo/README-sections.md'].filter((file) => existsSync(ROOT + file));

/** Fenced blocks (``` or ~~~, indented or not, e.g. inside a list) with their heading and position. */
export function parseCodeBlocks(markdown: string, source: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const counts = new Map<string, number>();
  let heading = '';
  let open: { fence: string; indent: number; lang: string; lines: string[] } | null = null;
  let inComment = false;
  for (const line of markdown.split('\n')) {
    if (open) {
      if (line.trim() === open.fence) {
        const ordinal = (counts.get(heading) ?? 0) + 1;
        counts.set(heading, ordinal);
        const code = open.lines.map((text) => text.slice(Math.min(open!.indent, text.length - text.trimStart().length))).join('\n');
        blocks.push({ key: `${heading} #${ordinal}`, source, heading, lang: open.lang, code });
        open = null;
      } else {
        open.lines.push(line);
      }
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.trimStart().startsWith('<!--') && !line.includes('-->')) {
      inComment = true;
      continue;
    }
    const title = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (title) {
      heading = title[1]!;
      continue;
    }
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) open = { fence: fence[2]!, indent: fence[1]!.length, lang: fence[3]!, lines: [] };
  }
  return blocks;
}

/** Every code block of the README files; a block found again (after the merge) counts once. */
export function readmeBlocks(): CodeBlock[] {
  const seen = new Set<string>();
  const all: CodeBlock[] = [];
  for (const file of README_FILES) {
    for (const block of parseCodeBlocks(readFileSync(ROOT + file, 'utf8'), file)) {
      const identity = `${block.key}\n${block.code.trim()}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      all.push(block);
    }
  }
  return all;
}
