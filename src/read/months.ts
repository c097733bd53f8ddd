// The names of months in the languages a crisis's own sites write their date lines in (Spanish,
// Portuguese, French, German, Italian, Indonesian, Dutch and the Scandinavian languages), for the exact date forms (lines.ts) and the
// loose date line (loose-date.ts) alike.

const FOREIGN_MONTH_NAMES = [
  'enero janeiro janvier januar jänner gennaio januari',
  'febrero fevereiro février februar febbraio februari',
  'marzo março mars märz maret maart marts',
  'abril avril aprile',
  'mayo maio mai maggio mei maj',
  'junio junho juin juni giugno',
  'julio julho juillet juli luglio',
  'agosto août agustus augustus augusti',
  'septiembre setiembre setembro septembre settembre',
  'octubre outubro octobre oktober ottobre',
  'noviembre novembro novembre',
  'diciembre dezembro décembre dezember dicembre desember',
];

const FOREIGN_MONTHS: Record<string, number> = Object.fromEntries(
  FOREIGN_MONTH_NAMES.flatMap((names, i) => names.split(' ').map((name) => [name, i + 1])),
);

/**
 * Short names ("dez", "fév", "okt", "juil", "des"): the first three or four letters of a foreign
 * month's name that no other month's name starts with ("jui" is June's or July's in French, so it is
 * none); and Indonesian's "Agt" for August, which is no prefix.
 */
const FOREIGN_SHORT_MONTHS: Record<string, number> = (() => {
  const months = new Map<string, Set<number>>();
  FOREIGN_MONTH_NAMES.forEach((names, i) => {
    for (const name of names.split(' '))
      for (const length of [3, 4]) {
        const prefix = name.slice(0, length);
        months.set(prefix, (months.get(prefix) ?? new Set()).add(i + 1));
      }
  });
  const unique = [...months].filter(([, set]) => set.size === 1).map(([k, set]) => [k, [...set][0]!]);
  return Object.fromEntries([...unique, ['agt', 8]]);
})();

/** The month (1-12) a foreign month's name or short name stands for; undefined for any other word. */
export function foreignMonth(word: string): number | undefined {
  const key = word.toLowerCase();
  return FOREIGN_MONTHS[key] ?? FOREIGN_SHORT_MONTHS[key];
}

/** Every foreign month's name and short name, as alternatives of a pattern. */
export function foreignMonthAlternatives(): string {
  return [...Object.keys(FOREIGN_MONTHS), ...Object.keys(FOREIGN_SHORT_MONTHS)]
    .sort((a, b) => b.length - a.length)
    .join('|');
}
