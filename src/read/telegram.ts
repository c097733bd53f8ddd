// Posts copied out of a Telegram channel or chat: the desktop app writes each message under a line
// "Channel name, [03.01.2024 16:42]", a forwarded post under "[Forwarded from Outlet]", and a message
// that follows another from the same sender without a header line of its own. Each post is rewritten
// in place, one line for one line, into the plain layout: a title line over "Outlet | date time".

/**
 * "Iran Watch Desk, [03.01.2024 16:42]": the sender and the message's day and time; a channel's own
 * posts copied without the sender's name keep the stamp alone ("[10.06.25 15:02]", a two-digit year).
 */
const POST_HEADER =
  /^\s*(?:(\S.{0,80}?),\s*)?\[(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::\d{2})?\]\s*$/;
/** "[Forwarded from IRNA]", "Forwarded from Reuters": the outlet whose post was passed on. */
const FORWARDED = /^\s*\[?\s*forwarded from\s+([^\]]{2,80}?)\s*\]?\s*$/i;
/** Emoji and pictographs before a title or a link ("🔴 ", "🔗 https://…"), with their joiners. */
const LEADING_PICTOGRAPHS =
  /^(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3})+/u;

interface Post {
  /** The header line ("Channel, [date time]"), or -1 when the post follows another without one. */
  header: number;
  /** The "Forwarded from …" line, or -1. */
  forwarded: number;
  sender: string | null;
  outlet: string | null;
  stamp: string | null;
}

/**
 * Rewrites a Telegram copy into the plain layout; returns false (and changes nothing) when the text
 * holds fewer than two post header or forward lines, so other digests are left alone.
 */
export function normaliseTelegram(lines: string[]): boolean {
  const posts = findPosts(lines);
  if (posts.length < 2) return false;
  for (const post of posts) rewritePost(lines, post);
  for (let i = 0; i < lines.length; i++) {
    // "🔗 https://…": a post's link, with the pictograph the channel puts before it.
    const line = lines[i]!;
    if (line.length > 0 && line.charCodeAt(0) > 0x2000 && /^\S+\s+https?:\/\//u.test(line))
      lines[i] = line.replace(LEADING_PICTOGRAPHS, '');
  }
  return true;
}

function findPosts(lines: string[]): Post[] {
  const posts: Post[] = [];
  let lastStamp: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 120 || line.length < 10) continue;
    // A header line ends in "]" (maybe before spaces): found without a pattern or a copy of the line.
    let end = line.length - 1;
    while (end > 0 && line.charCodeAt(end) <= 32) end--;
    const header = line.charCodeAt(end) === 93 ? POST_HEADER.exec(line) : null;
    if (header) {
      lastStamp = stampOf(header);
      const forward = FORWARDED.exec(lines[i + 1] ?? '');
      posts.push({
        header: i,
        forwarded: forward ? i + 1 : -1,
        sender: header[1]?.trim() ?? null,
        outlet: forward ? forward[1]!.trim() : null,
        stamp: lastStamp,
      });
      if (forward) i++;
      continue;
    }
    // Only a line opening with "[" or "F" can be a forward: most lines are passed over without a pattern.
    const first = line.charCodeAt(0) | 32;
    const forward = first === 123 || first === 102 ? FORWARDED.exec(line) : null;
    if (forward)
      posts.push({ header: -1, forwarded: i, sender: null, outlet: forward[1]!.trim(), stamp: lastStamp });
  }
  return posts;
}

/** "2024-01-03T16:42": an ISO time the date-line reader knows. */
function stampOf(m: RegExpExecArray): string | null {
  const [day, month, hour] = [Number(m[2]), Number(m[3]), Number(m[5])];
  const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${m[6]}`;
}

/**
 * The post's first line of text is its title; the lines above it (header, forward) become a blank and
 * the title, and the title's own line becomes "Outlet | date time" (a forward's outlet, else the sender).
 */
function rewritePost(lines: string[], post: Post): void {
  const top = post.header >= 0 ? post.header : post.forwarded;
  const last = Math.max(post.header, post.forwarded);
  const titleLine = last + 1;
  const title = (lines[titleLine] ?? '').replace(LEADING_PICTOGRAPHS, '').trim();
  if (!title) return;
  const outlet = post.outlet ?? post.sender ?? '';
  // (A stamp without a sender, "[10.06.25 15:02]", is a date line of its own: "2025-06-10 15:02".)
  const stamp = outlet ? post.stamp && `${outlet} | ${post.stamp}` : post.stamp?.replace('T', ' ');
  const header = stamp ?? outlet;
  for (let i = top; i < titleLine - 1; i++) lines[i] = '';
  lines[titleLine - 1] = title;
  lines[titleLine] = header;
}
