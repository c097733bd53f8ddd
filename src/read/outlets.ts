// Known news outlets: their canonical names (the masthead, "The" included: "The Moscow Times"), the
// spellings digests use for them, and their web hosts.
// Used to name the outlet when a digest gives none (from a URL, a title prefix or a dateline credit).

interface OutletInfo {
  name: string;
  hosts: string[];
  /** Other spellings seen in titles, datelines and outlet lines (compared case-insensitively). */
  spellings?: string[];
}

const OUTLETS: OutletInfo[] = [
  { name: 'Reuters', hosts: ['reuters.com'], spellings: ['Thomson Reuters', 'Reuters.com'] },
  {
    name: 'AP',
    hosts: ['apnews.com', 'ap.org'],
    spellings: ['Associated Press', 'The Associated Press', 'AP News'],
  },
  { name: 'AFP', hosts: ['afp.com'], spellings: ['Agence France-Presse', 'Agence France Presse'] },
  { name: 'The Guardian', hosts: ['theguardian.com', 'guardian.co.uk'], spellings: ['Guardian'] },
  { name: 'BBC', hosts: ['bbc.co.uk', 'bbc.com'], spellings: ['BBC News'] },
  { name: 'Al Jazeera', hosts: ['aljazeera.com', 'aljazeera.net'] },
  { name: 'Armenpress', hosts: ['armenpress.am'], spellings: ['ARMENPRESS'] },
  { name: 'JAM News', hosts: ['jam-news.net'], spellings: ['JAMnews', 'JAM-News'] },
  { name: 'Transitions Online', hosts: ['tol.org'], spellings: ['TOL'] },
  { name: 'Eurasianet', hosts: ['eurasianet.org'] },
  { name: 'OC Media', hosts: ['oc-media.org'] },
  { name: 'CivilNet', hosts: ['civilnet.am'] },
  { name: 'Azernews', hosts: ['azernews.az'] },
  { name: 'APA', hosts: ['apa.az'], spellings: ['APA news agency'] },
  { name: 'Trend', hosts: ['trend.az'], spellings: ['Trend News Agency'] },
  { name: 'Report.az', hosts: ['report.az'] },
  { name: 'Daily Sabah', hosts: ['dailysabah.com'] },
  { name: 'Anadolu Agency', hosts: ['aa.com.tr'], spellings: ['Anadolu', 'AA'] },
  { name: 'TASS', hosts: ['tass.com', 'tass.ru'] },
  { name: 'RIA Novosti', hosts: ['ria.ru'], spellings: ['RIA'] },
  { name: 'Interfax', hosts: ['interfax.com', 'interfax.ru'] },
  { name: 'Politico', hosts: ['politico.eu', 'politico.com'], spellings: ['POLITICO'] },
  { name: 'The New York Times', hosts: ['nytimes.com'], spellings: ['New York Times', 'NYT'] },
  { name: 'The Washington Post', hosts: ['washingtonpost.com'], spellings: ['Washington Post'] },
  { name: 'Financial Times', hosts: ['ft.com'], spellings: ['FT'] },
  { name: 'The Economist', hosts: ['economist.com'] },
  { name: 'CNN', hosts: ['cnn.com'] },
  { name: 'Deutsche Welle', hosts: ['dw.com'], spellings: ['DW'] },
  { name: 'France 24', hosts: ['france24.com'] },
  { name: 'Euronews', hosts: ['euronews.com'] },
  {
    name: 'RFE/RL',
    hosts: ['rferl.org', 'azatutyun.am'],
    spellings: ['Radio Free Europe/Radio Liberty', 'Azatutyun'],
  },
  { name: 'Asbarez', hosts: ['asbarez.com'] },
  { name: 'The Armenian Weekly', hosts: ['armenianweekly.com'], spellings: ['Armenian Weekly'] },
  { name: 'news.am', hosts: ['news.am'], spellings: ['News.am'] },
  { name: 'Hetq', hosts: ['hetq.am'] },
  { name: 'Caliber', hosts: ['caliber.az'] },
  { name: 'Hurriyet Daily News', hosts: ['hurriyetdailynews.com'] },
  { name: 'Le Monde', hosts: ['lemonde.fr'] },
  { name: 'Le Figaro', hosts: ['lefigaro.fr'] },
  { name: 'Bloomberg', hosts: ['bloomberg.com'] },
  { name: 'The Independent', hosts: ['independent.co.uk'] },
  { name: 'The Telegraph', hosts: ['telegraph.co.uk'] },
  { name: 'UN News', hosts: ['news.un.org'] },
  { name: 'ReliefWeb', hosts: ['reliefweb.int'] },
  { name: 'Human Rights Watch', hosts: ['hrw.org'], spellings: ['HRW'] },
  { name: 'Amnesty International', hosts: ['amnesty.org'] },
  // Agencies and outlets that crisis digests quote often, across regions.
  { name: 'Kyodo News', hosts: ['kyodonews.net'], spellings: ['Kyodo'] },
  { name: 'NHK', hosts: ['nhk.or.jp'], spellings: ['NHK World', 'NHK World-Japan'] },
  { name: 'The Japan Times', hosts: ['japantimes.co.jp'], spellings: ['Japan Times'] },
  { name: 'The Mainichi', hosts: ['mainichi.jp'], spellings: ['Mainichi', 'Mainichi Shimbun'] },
  { name: 'The Asahi Shimbun', hosts: ['asahi.com'], spellings: ['Asahi Shimbun'] },
  { name: 'Nikkei Asia', hosts: ['asia.nikkei.com'] },
  { name: 'Xinhua', hosts: ['news.cn', 'xinhuanet.com'], spellings: ['Xinhua News Agency'] },
  { name: 'Yonhap', hosts: ['yna.co.kr'], spellings: ['Yonhap News Agency'] },
  { name: 'South China Morning Post', hosts: ['scmp.com'], spellings: ['SCMP'] },
  { name: 'The Straits Times', hosts: ['straitstimes.com'], spellings: ['Straits Times'] },
  { name: 'ABC News', hosts: ['abcnews.go.com', 'abcnews.com'] },
  { name: 'PBS NewsHour', hosts: ['pbs.org'], spellings: ['PBS'] },
  { name: 'NPR', hosts: ['npr.org'] },
  { name: 'CBS News', hosts: ['cbsnews.com'] },
  { name: 'NBC News', hosts: ['nbcnews.com'] },
  { name: 'USA Today', hosts: ['usatoday.com'] },
  { name: 'Newsweek', hosts: ['newsweek.com'] },
  { name: 'The Hill', hosts: ['thehill.com'] },
  { name: 'Sky News', hosts: ['news.sky.com'] },
  { name: 'Voice of America', hosts: ['voanews.com'], spellings: ['VOA'] },
  { name: 'RFI', hosts: ['rfi.fr'] },
  { name: 'Africanews', hosts: ['africanews.com'] },
  { name: 'Radio Okapi', hosts: ['radiookapi.net'] },
  { name: 'The East African', hosts: ['theeastafrican.co.ke'], spellings: ['East African'] },
  { name: 'Sudan Tribune', hosts: ['sudantribune.com'] },
  { name: 'TOLOnews', hosts: ['tolonews.com'], spellings: ['Tolo News'] },
  { name: 'Khaama Press', hosts: ['khaama.com'] },
  { name: 'Arab News', hosts: ['arabnews.com'] },
  { name: 'Naharnet', hosts: ['naharnet.com'] },
  { name: 'The National', hosts: ['thenationalnews.com'] },
  { name: 'Al Arabiya', hosts: ['alarabiya.net'] },
  { name: 'Asharq Al-Awsat', hosts: ['aawsat.com'] },
  { name: 'Al-Monitor', hosts: ['al-monitor.com'] },
  { name: 'Middle East Eye', hosts: ['middleeasteye.net'] },
  { name: 'The Times of Israel', hosts: ['timesofisrael.com'], spellings: ['Times of Israel'] },
  { name: 'Haaretz', hosts: ['haaretz.com'] },
  { name: 'Ahram Online', hosts: ['ahram.org.eg'] },
  { name: 'The Kyiv Independent', hosts: ['kyivindependent.com'], spellings: ['Kyiv Independent'] },
  { name: 'The Express Tribune', hosts: ['tribune.com.pk'], spellings: ['Express Tribune'] },
  { name: 'Geo News', hosts: ['geo.tv'] },
  { name: 'The Irrawaddy', hosts: ['irrawaddy.com'], spellings: ['Irrawaddy'] },
  { name: 'El País', hosts: ['elpais.com'], spellings: ['El Pais', 'El País English'] },
  { name: 'Yahoo News', hosts: ['news.yahoo.com'] },
  { name: 'Meduza', hosts: ['meduza.io'] },
  { name: 'RT', hosts: ['rt.com'], spellings: ['Russia Today'] },
  { name: 'Ukrainska Pravda', hosts: ['pravda.com.ua'] },
  { name: 'Kyiv Post', hosts: ['kyivpost.com'] },
  { name: 'Novaya Gazeta Europe', hosts: ['novayagazeta.eu'] },
  { name: 'The Moscow Times', hosts: ['themoscowtimes.com'], spellings: ['Moscow Times'] },
  // (Not "Dawn" for dawn.com: a known outlet's name as a first word makes "By Dawn Reed" a newsroom credit.)
  { name: 'Sputnik', hosts: ['sputnikglobe.com', 'sputniknews.com'] },
  { name: 'Kommersant', hosts: ['kommersant.ru'] },
  { name: 'Ukrinform', hosts: ['ukrinform.net', 'ukrinform.ua'] },
  { name: 'UNIAN', hosts: ['unian.info', 'unian.net'] },
  { name: 'BelTA', hosts: ['belta.by'] },
  // Central Europe (the Storm Boris floods of 2024 ran through these outlets' countries).
  { name: 'Notes from Poland', hosts: ['notesfrompoland.com'] },
  { name: 'TVP World', hosts: ['tvpworld.com'] },
  { name: 'Polskie Radio', hosts: ['polskieradio.pl', 'polskieradio24.pl'], spellings: ['Polish Radio'] },
  { name: 'PAP', hosts: ['pap.pl'], spellings: ['Polish Press Agency', 'Polska Agencja Prasowa'] },
  { name: 'TVN24', hosts: ['tvn24.pl'] },
  { name: 'Gazeta Wyborcza', hosts: ['wyborcza.pl'] },
  { name: 'Rzeczpospolita', hosts: ['rp.pl'] },
  { name: 'Radio Prague International', hosts: ['radio.cz'], spellings: ['Radio Prague'] },
  { name: 'Czech Radio', hosts: ['rozhlas.cz', 'irozhlas.cz'], spellings: ['Český rozhlas'] },
  { name: 'Czech Television', hosts: ['ceskatelevize.cz', 'ct24.cz'], spellings: ['ČT24', 'CT24'] },
  { name: 'Expats.cz', hosts: ['expats.cz'] },
  { name: 'ORF', hosts: ['orf.at'], spellings: ['ORF.at'] },
  { name: 'Der Standard', hosts: ['derstandard.at'] },
  { name: 'Die Presse', hosts: ['diepresse.com'] },
  { name: 'Kurier', hosts: ['kurier.at'] },
  { name: 'Agerpres', hosts: ['agerpres.ro'] },
  { name: 'Digi24', hosts: ['digi24.ro'] },
  { name: 'HotNews.ro', hosts: ['hotnews.ro'] },
  { name: 'Romania Insider', hosts: ['romania-insider.com'] },
  { name: 'Telex', hosts: ['telex.hu'] },
  { name: 'The Slovak Spectator', hosts: ['spectator.sme.sk'] },
  { name: 'Balkan Insight', hosts: ['balkaninsight.com'] },
  { name: 'The Hindu', hosts: ['thehindu.com'] },
  // South Asia: sites whose names run words together in their hosts ("downtoearth", "theprint").
  { name: 'The Indian Express', hosts: ['indianexpress.com'], spellings: ['Indian Express'] },
  { name: 'Hindustan Times', hosts: ['hindustantimes.com'] },
  { name: 'The Times of India', hosts: ['timesofindia.indiatimes.com'], spellings: ['Times of India'] },
  { name: 'Deccan Herald', hosts: ['deccanherald.com'] },
  { name: 'ThePrint', hosts: ['theprint.in'] },
  { name: 'Scroll.in', hosts: ['scroll.in'], spellings: ['Scroll'] },
  { name: 'Down To Earth', hosts: ['downtoearth.org.in'] },
  { name: 'NDTV', hosts: ['ndtv.com'] },
  { name: 'The Daily Star', hosts: ['thedailystar.net'], spellings: ['Daily Star'] },
  { name: 'Dhaka Tribune', hosts: ['dhakatribune.com'] },
  // National news agencies, which datelines credit by their acronym ("MUSCAT, JANUARY 12, ONA."), and
  // analysis sites whose op-eds digests carry with only a URL. Acronyms that are also words or given
  // names (MAP, ANI, MENA, Saba, Petra, Sana, Turan) are left out: a line or title prefix "Ani:" would
  // otherwise read as an outlet, and the entity reader takes a known outlet's name for a body.
  { name: 'Oman News Agency', hosts: ['omannews.gov.om'], spellings: ['ONA'] },
  { name: 'Saudi Press Agency', hosts: ['spa.gov.sa'], spellings: ['SPA'] },
  { name: 'Saba News Agency', hosts: ['saba.ye'] },
  { name: 'Emirates News Agency', hosts: ['wam.ae'], spellings: ['WAM'] },
  { name: 'Qatar News Agency', hosts: ['qna.org.qa'], spellings: ['QNA'] },
  { name: 'Kuwait News Agency', hosts: ['kuna.net.kw'], spellings: ['KUNA'] },
  { name: 'Bahrain News Agency', hosts: ['bna.bh'], spellings: ['BNA'] },
  { name: 'Jordan News Agency', hosts: ['petra.gov.jo'] },
  { name: 'Middle East News Agency', hosts: ['mena.org.eg'] },
  { name: 'Syrian Arab News Agency', hosts: ['sana.sy'] },
  { name: 'IRNA', hosts: ['irna.ir'], spellings: ['Islamic Republic News Agency'] },
  { name: 'Tasnim News Agency', hosts: ['tasnimnews.com'], spellings: ['Tasnim'] },
  { name: 'Fars News Agency', hosts: ['farsnews.ir'] },
  { name: 'Mehr News Agency', hosts: ['mehrnews.com'] },
  { name: 'Press TV', hosts: ['presstv.ir'] },
  { name: 'Tehran Times', hosts: ['tehrantimes.com'] },
  { name: 'National News Agency', hosts: ['nna-leb.gov.lb'], spellings: ['NNA'] },
  { name: 'Sudan News Agency', hosts: ['suna-sd.net'], spellings: ['SUNA'] },
  { name: 'Ethiopian News Agency', hosts: ['ena.et'], spellings: ['ENA'] },
  { name: 'AZERTAC', hosts: ['azertag.az'], spellings: ['Azertag', 'AzerTAc'] },
  { name: 'Kazinform', hosts: ['inform.kz', 'kazinform.kz'] },
  { name: 'Kabar', hosts: ['kabar.kg'] },
  { name: 'Civil.ge', hosts: ['civil.ge'] },
  { name: 'Interpressnews', hosts: ['interpressnews.ge'] },
  { name: 'Agenda.ge', hosts: ['agenda.ge'] },
  { name: 'EVN Report', hosts: ['evnreport.com'] },
  { name: 'The Armenian Mirror-Spectator', hosts: ['mirrorspectator.com'], spellings: ['Mirror-Spectator'] },
  { name: 'TRT World', hosts: ['trtworld.com'] },
  { name: 'Izvestia', hosts: ['iz.ru'] },
  { name: 'PTI', hosts: ['ptinews.com'], spellings: ['Press Trust of India'] },
  { name: 'Associated Press of Pakistan', hosts: ['app.com.pk'] },
  { name: 'Bangladesh Sangbad Sangstha', hosts: ['bssnews.net'], spellings: ['BSS'] },
  { name: 'Bernama', hosts: ['bernama.com'] },
  { name: 'Antara', hosts: ['antaranews.com'], spellings: ['Antara News'] },
  { name: 'Philippine News Agency', hosts: ['pna.gov.ph'], spellings: ['PNA'] },
  { name: 'Vietnam News Agency', hosts: ['vnanet.vn'], spellings: ['VNA'] },
  { name: 'ANSA', hosts: ['ansa.it'] },
  { name: 'EFE', hosts: ['efe.com'] },
  { name: 'dpa', hosts: ['dpa.com'], spellings: ['Deutsche Presse-Agentur'] },
  { name: 'Prensa Latina', hosts: ['plenglish.com', 'prensa-latina.cu'] },
  { name: 'War on the Rocks', hosts: ['warontherocks.com'] },
  { name: 'Foreign Policy', hosts: ['foreignpolicy.com'] },
  { name: 'Foreign Affairs', hosts: ['foreignaffairs.com'] },
  { name: 'Atlantic Council', hosts: ['atlanticcouncil.org'] },
  { name: 'Carnegie Endowment for International Peace', hosts: ['carnegieendowment.org'] },
  { name: 'Chatham House', hosts: ['chathamhouse.org'] },
  { name: 'Eurasia Review', hosts: ['eurasiareview.com'] },
];

const byHost = new Map<string, string>();
const bySpelling = new Map<string, string>();
for (const outlet of OUTLETS) {
  for (const host of outlet.hosts) byHost.set(host, outlet.name);
  for (const spelling of [outlet.name, ...(outlet.spellings ?? [])])
    bySpelling.set(spelling.toLowerCase(), outlet.name);
}

/** The host of a URL without "www.", or null when it is not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * "Delta Herald" and https://www.deltaherald.example/…, "The Straits Times" on straitstimes.com: the
 * name spells the site's own label (a "The" before it may be missing from the host).
 */
export function nameSpellsHost(name: string, url: string | null): boolean {
  const host = url ? hostOf(url) : null;
  const letters = name.toLowerCase().replace(/[^a-z]/g, '');
  if (host === null || letters.length < 4) return false;
  const label = host.split('.')[0];
  return letters === label || letters === `the${label}`;
}

/**
 * The outlet behind a URL: a known host's name, else a name read from the host ("example-news.org" →
 * "Example News", "infobae.com" → "Infobae"), else the host itself.
 */
export function outletFromUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const known = byHost.get(h);
    if (known) return known;
  }
  return nameFromHost(host) ?? host;
}

/** Second-level labels under a country's domain: "pravda.com.ua", "bbc.co.uk", "nhk.or.jp". */
const SECOND_LEVEL = new Set(['com', 'co', 'org', 'net', 'gov', 'ac', 'or', 'ne', 'go', 'edu', 'gob', 'gv']);

/**
 * The site's own label, the one before its public suffix, written as a name: words split at hyphens,
 * each capitalised; a label of up to three letters is an acronym ("rt.com" → "RT"). Null when the
 * label holds figures or is not one word of letters (no name can be read from it).
 */
function nameFromHost(host: string): string | null {
  const labels = host.split('.');
  if (labels.length < 2) return null;
  const country = labels[labels.length - 1]!.length === 2;
  const suffix = country && labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 2 : 1;
  const label = labels[labels.length - 1 - suffix];
  if (label && isAcronymLabel(label)) return label.toUpperCase();
  if (!label || !/^[a-z]+(?:-[a-z]+)*$/.test(label)) return null;
  // "thediplomat" → "The Diplomat": a site named with its article written as one word.
  const words = /^the[a-z]{4,}$/.test(label) ? ['the', label.slice(3)] : label.split('-');
  return words
    .flatMap((word) => mastheadWords(word) ?? [word])
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join(' ');
}

/**
 * A label that is an acronym rather than a word: up to three letters ("rt"), up to five with no vowel
 * ("rthk") or with one vowel before three consonants no word runs together ("ifrc", "unhcr", "undp"),
 * or an American broadcaster's call sign, K or W and three or four letters, maybe a channel number
 * ("wtop", "wusa9").
 */
function isAcronymLabel(label: string): boolean {
  return (
    /^[a-z]{1,3}$/.test(label) ||
    /^[b-df-hj-np-tv-z]{4,5}$/.test(label) ||
    /^[aeiou][b-df-hj-np-tv-z]{3,4}$/.test(label) ||
    /^[kw][a-z]{3}\d{0,2}$/.test(label)
  );
}

/**
 * "americasquarterly" → americas quarterly, "restofworld" → rest of world: a label written as one
 * word, split into words that mastheads are made of (two at least), or into such words and one other
 * word of four letters or more at either end ("dailymaverick", "bangkokpost"). Null when it cannot be
 * split so: "infobae" stays one name.
 */
function mastheadWords(label: string): string[] | null {
  if (label.length < 7) return null;
  const whole = mastheadSplit(label);
  if (whole && whole.length >= 2) return whole;
  // A name before a masthead word at the end ("bangkokpost", "humanglemedia" → HumAngle Media) is
  // read first: a masthead word at the start may be the name's own beginning ("human" in "humangle").
  // (A tail that opens with a small word splits nothing: "notesfrompoland" is no "Notesfrompol and".)
  for (let cut = 4; cut <= label.length - 3; cut++) {
    const tail = mastheadSplit(label.slice(cut));
    if (tail && !SMALL_WORDS.has(tail[0]!) && tail.join('').length >= 4)
      return [label.slice(0, cut), ...tail];
  }
  // (Not after "news" alone or a short word: "Newsday", "Newsline" are one word, "New Sday" is none.)
  for (let cut = label.length - 4; cut >= 4; cut--) {
    const head = mastheadSplit(label.slice(0, cut));
    if (head && head[0]!.length >= 4 && head.join('') !== 'news') return [...head, label.slice(cut)];
  }
  return null;
}

/** The fewest masthead words that spell `text` whole, or null. */
function mastheadSplit(text: string): string[] | null {
  // best[i]: the fewest words that spell text.slice(0, i).
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= text.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - 14); start < end; start++) {
      const head = best[start];
      const word = text.slice(start, end);
      if (!head || !MASTHEAD_WORDS.has(word)) continue;
      if (!best[end] || head.length + 1 < best[end]!.length) best[end] = [...head, word];
    }
  }
  const split = best[text.length];
  return split && split.length > 0 ? split : null;
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'on', 'in']);

/** Words that mastheads and the names of analysis sites are made of (English). */
const MASTHEAD_WORDS = new Set(
  `of and the on in new times post news herald tribune journal observer monitor review gazette
  chronicle express mail mirror standard sun telegraph independent insider report reporter weekly
  today online digest dispatch bulletin wire press media network forum east west north south asia
  asian africa african europe european latin america americas american middle eastern western
  pacific atlantic arab policy foreign affairs institute center centre council watch international
  national security defense defence peace democracy open free public radio nation citizen voices
  voice eye hour spectator economist business financial finance market markets capital energy
  climate health human rights law justice war rocks diplomat quarterly global world rest crisis
  group humanitarian coastal star lens focus insight analysis studies research foundation society
  alliance agenda dialogue future century city metro local regional island river valley coast bay
  harbour harbor ocean sea conversation syndicate project strategic affairs republic daily courier
  ledger sentinel guardian inquirer examiner leader record register advertiser globe mercury pioneer
  recorder statesman telegram messenger banner beacon eagle echo patriot`.split(/\s+/),
);

/**
 * Words that end mastheads in Spanish, Portuguese, French and German ("Primera Hora", "El Nuevo Día"),
 * and in Dutch and the Nordic languages ("NOS Nieuws", "Het Nieuwsblad", "SVT Nyheter", "Yle Uutiset").
 */
const FOREIGN_MASTHEAD_ENDS = new Set(
  'dia hora pais diario tiempo universo comercio prensa noticias mundo nacion folha jornal globo zeitung presse monde figaro soir shimbun ilbo sinmun nieuws nieuwsblad krant courant dagblad nyheter nyheder uutiset tidning posten bladet avis'.split(
    ' ',
  ),
);

/**
 * "Miami Herald", "Primera Hora", "El Nuevo Día": a name of two words or more whose last word ends
 * mastheads, in English or another language the reader knows.
 */
export function endsLikeMasthead(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!)) return false;
  const last = words[words.length - 1]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return MASTHEAD_WORDS.has(last) || FOREIGN_MASTHEAD_ENDS.has(last);
}

/**
 * "Daily Maverick", "Buenos Aires Times", "Folha de S.Paulo": some word of the name is one that
 * mastheads are made of (a person's name has none, but for the particles "of", "the", "and").
 */
export function hasMastheadWord(name: string): boolean {
  return name
    .trim()
    .split(/\s+/)
    .some((word) => {
      const w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      return !SMALL_WORDS.has(w) && (MASTHEAD_WORDS.has(w) || FOREIGN_MASTHEAD_ENDS.has(w));
    });
}

/** The canonical name for a known outlet spelling ("ARMENPRESS" → "Armenpress"), or null. */
export function knownOutlet(name: string): string | null {
  return bySpelling.get(name.trim().toLowerCase()) ?? null;
}

/** The canonical name when known, else the name as written. */
export function canonicalOutlet(name: string): string {
  return knownOutlet(name) ?? name.trim();
}
