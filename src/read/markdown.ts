// Digests pasted from newsletters and notes apps often come as Markdown: "## Title", "**Reuters** |
// Oct 4, 2023", "[Read the full story](https://…)". The markup is rewritten in place, one line for
// one line (so provenance line numbers stay true), into the plain layout the digest reader knows.

const HEADING = /^\s{0,3}#{1,6}\s+(\S.*?)\s*#*\s*$/;
/** "**Reuters** | Oct 4" or "*Al Jazeera*, 4 October": emphasis that opens a line (not a "* " bullet). */
const LEADING_EMPHASIS = /^(\s*)(\*\*|__|\*|_)(?!\s)([^*_]+?)\2(?!\w)/;
const LINK_ONLY = /^\s*\[[^\]]*\]\((https?:\/\/[^)\s]+)\)\s*$/;
const INLINE_LINK = /\[([^\]]+)\]\((?:https?:\/\/|mailto:)[^)\s]*\)/g;
const BOLD = /\*\*(?!\s)([^*]+?)\*\*/g;

/**
 * Rewrites Markdown headings, emphasis and links in place; lines without markup are left as they are.
 * Returns the link of each heading that is one ("### [Title](https://…)"): the article's own URL.
 */
export function normaliseMarkdown(lines: string[]): Map<number, string> {
  const headingLinks = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!mayHoldMarkup(line)) continue;
    const heading = HEADING.exec(line);
    const link = heading ? LINKED_TEXT.exec(heading[1]!) : null;
    if (link) headingLinks.set(i, link[2]!);
    lines[i] = heading ? heading[1]!.replace(INLINE_LINK, '$1') : plainLine(line);
  }
  return headingLinks;
}

/** "[Title](https://…)": a heading that is one link, its text and target. */
const LINKED_TEXT = /^\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)$/;

/** "# Morning brief": a top-level heading, above the items' own ("## Title", "### Title"). */
export function isTopHeading(line: string): boolean {
  return /^\s{0,3}#\s+\S/.test(line);
}

function mayHoldMarkup(line: string): boolean {
  return line.includes('#') || line.includes('*') || line.includes('_') || line.includes('](');
}

/** A line that is no heading, without its emphasis and link markup. */
function plainLine(line: string): string {
  const link = LINK_ONLY.exec(line);
  if (link) return link[1]!;
  return line.replace(LEADING_EMPHASIS, '$1$3').replace(BOLD, '$1').replace(INLINE_LINK, '$1');
}
