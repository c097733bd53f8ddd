// robots.txt as RFC 9309 reads it: the group for our product token, else "*"; the longest
// matching Allow/Disallow wins, Allow on a tie; "*" and "$" wildcards. Crawl-delay is honoured
// (capped by the caller) though the RFC leaves it out, because small news sites rely on it.

export interface RobotsRules {
  isAllowed(path: string): boolean;
  /** Seconds between requests the site asked for, or null. */
  crawlDelay: number | null;
}

interface Rule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelay: number | null;
}

export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelay: null };
export const DISALLOW_ALL: RobotsRules = { isAllowed: () => false, crawlDelay: null };

/** Parses robots.txt for a product token such as "sitrep". */
export function parseRobots(text: string, productToken: string): RobotsRules {
  const groups = readGroups(text);
  const token = productToken.toLowerCase();
  const group =
    groups.find((g) => g.agents.some((agent) => agent !== '*' && token.startsWith(agent))) ??
    groups.find((g) => g.agents.includes('*'));
  if (!group) return ALLOW_ALL;
  const rules = group.rules;
  return {
    crawlDelay: group.crawlDelay,
    isAllowed(path: string) {
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!rule.regex.test(path)) continue;
        const longer = !best || rule.pattern.length > best.pattern.length;
        const tieAllow = best && rule.pattern.length === best.pattern.length && rule.allow;
        if (longer || tieAllow) best = rule;
      }
      return best ? best.allow : true;
    },
  };
}

function readGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (key === 'user-agent') {
      // Consecutive User-agent lines share one group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if ((key === 'allow' || key === 'disallow') && value) {
      current.rules.push({ allow: key === 'allow', pattern: value, regex: patternToRegex(value) });
    } else if (key === 'crawl-delay' && Number.isFinite(Number(value))) {
      current.crawlDelay = Number(value);
    }
  }
  return groups;
}

function patternToRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}
