// Page metadata from the three places publishers put it, in order of trust: JSON-LD (schema.org
// NewsArticle and kin), OpenGraph/Twitter/Dublin Core <meta> tags, then the visible page (<title>,
// <h1>, <time>). Each field takes the first source that has it; disagreements worth a human's
// look (a JSON-LD date that is not the visible date) become warnings instead of silent picks.

import type { ArticleKind } from '../types.js';
import { normalizeForCompare } from '../util/text.js';
import type { DomDocument } from './dom.js';

export interface PageMetadata {
  title: string | null;
  /** ISO date (YYYY-MM-DD) as the publisher wrote it, without shifting time zones. */
  published: string | null;
  /** "HH:MM" when the publisher gave a time. */
  time: string | null;
  authors: string[];
  /** The outlet as the publisher names itself (JSON-LD publisher, og:site_name, application-name). */
  publisher: string | null;
  canonical: string | null;
  lang: string | null;
  kind: ArticleKind | null;
  /** The date shown on the page (<time>, itemprop), kept to check the machine-readable one. */
  visibleDate: string | null;
  warnings: string[];
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|ScholarlyArticle|SatiricalArticle|TechArticle)$/;

// <meta> names that carry a publication date, most specific first.
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
  'article.published',
  'published-date',
  'cxenseparse:recs:publishtime',
];
const AUTHOR_META = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'parsely-title', 'headline', 'title'];

/** Reads everything the page says about itself. `url` resolves relative canonical links. */
export function extractMetadata(document: DomDocument, url?: string | null): PageMetadata {
  const ld = findJsonLdArticle(document);
  const meta = readMetaTags(document);
  const warnings: string[] = [];
  const siteName = textOf(ld?.publisher) ?? meta.get('og:site_name') ?? meta.get('application-name') ?? null;
  const title = cleanTitle(pickTitle(document, meta, ld), document, siteName);
  // dateCreated is often a UTC timestamp of the CMS record: it ranks below the publisher's meta tags.
  const ldDate = stringOf(ld?.datePublished);
  const metaDate = firstMeta(meta, DATE_META) ?? stringOf(ld?.dateCreated);
  const visibleDate = findVisibleDate(document);
  const publishedRaw = ldDate ?? metaDate ?? visibleDate;
  const published = isoDate(publishedRaw);
  const visible = isoDate(visibleDate);
  if (published && visible && published !== visible) {
    const from = ldDate ? 'JSON-LD datePublished' : 'meta publication date';
    warnings.push(`${from} ${published} disagrees with the visible date ${visible}; kept ${published}`);
  }
  return {
    title,
    published,
    time: isoTime(publishedRaw),
    authors: authorsOf(ld?.author, meta, document),
    publisher: siteName ? collapse(siteName) : null,
    canonical: canonicalOf(document, meta, ld, url),
    lang: document.documentElement?.getAttribute('lang') ?? null,
    kind: kindOf(ld, meta),
    visibleDate: visible,
    warnings,
  };
}

// ── JSON-LD ─────────────────────────────────────────────────────────────────

/** The first schema.org article object in the page's JSON-LD blocks, or null. */
export function findJsonLdArticle(document: DomDocument): Json | null {
  let fallback: Json | null = null;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    for (const node of flattenJsonLd(parseLenient(script.textContent ?? ''))) {
      const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
      if (types.some((type) => ARTICLE_TYPES.test(type))) return node;
      // Untyped or oddly typed objects still count when they carry article fields.
      fallback ??= node.headline || node.datePublished ? node : null;
    }
  }
  return fallback;
}

function parseLenient(text: string): unknown {
  // Some CMSs wrap JSON-LD in CDATA or comments, or leave raw newlines inside strings.
  const cleaned = text.replace(/^\s*(<!\[CDATA\[|<!--)/, '').replace(/(\]\]>|-->)\s*$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      return JSON.parse(cleaned.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return null;
    }
  }
}

function flattenJsonLd(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(flattenJsonLd);
  if (!value || typeof value !== 'object') return [];
  const node = value as Json;
  return [node, ...flattenJsonLd(node['@graph'])];
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

/** A name from a string, a {name} object or an array of either. */
function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') return stringOf((value as Json).name);
  return stringOf(value);
}

// ── meta tags ───────────────────────────────────────────────────────────────

function readMetaTags(document: DomDocument): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = `${element.getAttribute('property') ?? ''} ${element.getAttribute('name') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/)) {
      if (key && !meta.has(key)) meta.set(key, content);
    }
  }
  return meta;
}

function firstMeta(meta: Map<string, string>, names: string[]): string | null {
  for (const name of names) {
    const value = meta.get(name);
    if (value) return value;
  }
  return null;
}

// ── fields ──────────────────────────────────────────────────────────────────

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The headline: the first candidate that the page's <title> or a heading confirms, else the first.
 * Confirmation matters because some sites put a description in JSON-LD "headline".
 */
function pickTitle(document: DomDocument, meta: Map<string, string>, ld: Json | null): string | null {
  const candidates = [
    meta.get('dc.title') ?? null,
    stringOf(ld?.headline),
    ...TITLE_META.map((name) => meta.get(name) ?? null),
    stringOf(ld?.name),
  ].filter((c): c is string => Boolean(c?.trim()));
  const documentTitle = document.querySelector('title')?.textContent?.trim() || null;
  const shown = [document.querySelector('title'), ...document.querySelectorAll('h1, h2')]
    .map((element) => normalizeForCompare(element?.textContent ?? ''))
    .filter(Boolean);
  const confirmed = candidates.find((c) => shown.some((text) => text.includes(normalizeForCompare(c))));
  return confirmed ?? candidates[0] ?? documentTitle;
}

/**
 * Drops a " | Site" or " - Site" suffix that repeats the site name, and prefers the page's own
 * <h1> when the title starts with it (sites append sections and slogans in varied ways).
 */
function cleanTitle(raw: string | null, document: DomDocument, siteName: string | null): string | null {
  const h1 = collapse(document.querySelector('h1')?.textContent ?? '');
  if (!raw) return h1 || null;
  const title = collapse(raw);
  if (h1.length >= 15 && title.startsWith(h1) && /^\s*[|\-–—:·»]/.test(title.slice(h1.length))) return h1;
  const parts = title.split(/\s+([|\-–—·»])\s+/);
  if (parts.length < 3) return title;
  const last = parts[parts.length - 1]!.toLowerCase();
  const separator = parts[parts.length - 2]!;
  const head = collapse(parts.slice(0, -2).join(' '));
  const site = (siteName ?? '').toLowerCase();
  if (site && (last === site || site.includes(last) || last.includes(site))) return head;
  // Without a known site name, only the separators sites use for branding (not a hyphen, which
  // headlines use too) and only a short tail after a long head.
  if (separator !== '-' && last.split(/\s+/).length <= 3 && head.split(/\s+/).length >= 4) return head;
  return title;
}

function findVisibleDate(document: DomDocument): string | null {
  const candidates = [
    document.querySelector('[itemprop="datePublished"]'),
    document.querySelector('article time[datetime]'),
    document.querySelector('time[datetime]'),
  ];
  for (const element of candidates) {
    const value = element?.getAttribute('datetime') ?? element?.getAttribute('content') ?? null;
    if (value && isoDate(value)) return value;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar date as written ("2023-10-04T23:10:00-04:00" → "2023-10-04"), or null. */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|\b)/.exec(raw.trim());
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const written =
    /\b(\d{1,2})?\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})?,?\s+(\d{4})/i.exec(
      raw,
    );
  const day = written?.[1] ?? written?.[3];
  if (written && day) {
    const month = MONTHS.indexOf(written[2]!.toLowerCase()) + 1;
    return `${written[4]}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  if (/^\d{10}$/.test(raw.trim())) return new Date(Number(raw) * 1000).toISOString().slice(0, 10);
  return null;
}

function isoTime(raw: string | null): string | null {
  const match = /\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/.exec(raw ?? '');
  if (!match || (match[1] === '00' && match[2] === '00')) return null;
  return `${match[1]}:${match[2]}`;
}

function authorsOf(ldAuthor: unknown, meta: Map<string, string>, document: DomDocument): string[] {
  const fromLd = ([] as unknown[]).concat(ldAuthor ?? []).map(textOf);
  const names = fromLd.filter((name): name is string => Boolean(name));
  if (names.length === 0) {
    const fromMeta = firstMeta(meta, AUTHOR_META);
    if (fromMeta && !/^https?:/.test(fromMeta)) names.push(fromMeta);
  }
  if (names.length === 0) {
    const element = document.querySelector(
      '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]',
    );
    const text = element?.textContent ? collapse(element.textContent) : '';
    if (text && text.length < 80) names.push(text);
  }
  return [...new Set(names.flatMap(splitAuthors))];
}

// Degrees and roles that follow a name after a comma: "Brenda Goodman, MA".
const NOT_NAMES =
  /^(ma|mba|md|phd|ph\.d\.|bsc|msc|jr\.?|sr\.?|staff|staff writer|reporter|correspondent|editor)$/i;

/** "By Ann Lee and Bo Kim" → ["Ann Lee", "Bo Kim"]; dates, handles and trailing dashes cut off. */
export function splitAuthors(text: string): string[] {
  return collapse(text)
    .replace(/^(by|von|par|por|door|di|de)\s+/i, '')
    .replace(
      /\s+(\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4}|@\w+|\d{4}-\d{2}-\d{2}).*$/u,
      '',
    )
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((name) => name.replace(/[\s\-–—|:]+$/, '').trim())
    .filter((name) => name.length > 1 && name.length < 60 && !/^https?:/.test(name) && !NOT_NAMES.test(name));
}

function canonicalOf(
  document: DomDocument,
  meta: Map<string, string>,
  ld: Json | null,
  url?: string | null,
): string | null {
  const mainEntity = ld?.mainEntityOfPage;
  const ldUrl =
    stringOf(ld?.url) ??
    (typeof mainEntity === 'object' ? stringOf((mainEntity as Json)?.['@id']) : stringOf(mainEntity));
  const raw =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    meta.get('og:url') ??
    ldUrl ??
    url ??
    null;
  if (!raw) return null;
  try {
    return new URL(raw, url ?? undefined).href;
  } catch {
    return url ?? null;
  }
}

function kindOf(ld: Json | null, meta: Map<string, string>): ArticleKind | null {
  const types = ([] as unknown[]).concat(ld?.['@type'] ?? []).map(String);
  if (types.includes('OpinionNewsArticle')) return 'opinion';
  const section = meta.get('article:section') ?? stringOf(ld?.articleSection) ?? '';
  if (/^(opinion|comment|commentary|op-?ed|editorial|columns?)$/i.test(section.trim())) return 'opinion';
  return null;
}
