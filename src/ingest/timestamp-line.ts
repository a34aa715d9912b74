import { foldText } from '../text/fold.ts';
import { latinize } from '../text/transliterate.ts';
import { type FoundDate, type WrittenDate, findWrittenDates } from '../text/written-date.ts';

/** What a timestamp line says. */
export interface TimestampLine {
  /** The first date it writes; absent for a relative time (`Updated 3 hours ago`) or a time alone (`14:05`). */
  date?: WrittenDate;
  /** Whether that date is labelled as an update rather than the publication; true for a relative time. */
  updated: boolean;
}

/** Words a timestamp line may hold besides its dates and times, folded (Cyrillic in Latin letters). */
const labels = new Set(
  [
    // English
    'published first last updated posted modified date dated on at',
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'am pm a m p',
    // Serbian, Croatian, Bosnian; Macedonian (`objaveno`, `vo`)
    'objavljeno objavljen objavljena azurirano azurirana izmenjeno datum vreme vrijeme u casova casa h',
    'ponedeljak ponedjeljak utorak sreda srijeda cetvrtak petak subota nedelja nedjelja godine god',
    'objaveno vo',
    // German
    'veroffentlicht veroeffentlicht aktualisiert zuletzt stand am um uhr',
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag',
    // French, Italian, Spanish, Portuguese
    'publie publiee mis a jour modifie le lundi mardi mercredi jeudi vendredi samedi dimanche',
    'pubblicato aggiornato il alle ore lunedi martedi mercoledi giovedi venerdi sabato domenica',
    'publicado actualizado atualizado el las em as lunes martes miercoles jueves viernes domingo',
    'segunda terca quarta quinta sexta feira',
    // Russian
    'opublikovano obnovleno v ponedelnik vtornik sreda cetverg pjatnica subbota voskresene',
    // Albanian
    'publikuar perditesuar me ora e hene marte merkure enjte premte shtune diel',
    // Turkish
    'yayinlanma yayinlandi guncellenme guncellendi tarihi saat pazartesi sali carsamba persembe cuma cumartesi pazar',
    // Chinese: published, updated, time, date
    '发布时间 发布日期 发布于 发布 更新时间 更新于 更新 时间 日期 发表时间',
    // Time zones
    'bst gmt utc cet cest eet eest edt est et pdt pst pt msk',
  ].flatMap((words) => words.split(' ')),
);

/** Labels that mark an update rather than the publication. */
const updateLabels = new Set(
  [
    'updated modified azurirano azurirana izmenjeno aktualisiert stand',
    'mis jour modifie aggiornato actualizado atualizado obnovleno perditesuar guncellenme guncellendi',
    '更新时间 更新于 更新',
  ].flatMap((words) => words.split(' ')),
);

/** A time of day: `05:30`, `10:15 AM`, `14.05`, `14:05:09`, French `16h05`. */
const timeOfDay = /(?<![\d.])\d{1,2}(?:[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?|\s?h\s?\d{2})(?![\d.]\d)/gi;

/** A currency's sign or code: a line with one holds a price. */
const currency = /[€$£¥₽]|\b(?:eur|usd|gbp|rsd|din|chf)\b/iu;

/** An offset from a time zone: `GMT+2`, `UTC+02:00`. */
const zoneOffset = /\b(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?/gi;

/**
 * Times relative to reading, in the folded text: `3 hours ago`, `today`,
 * `pre 2 sata`, `vor 3 Stunden`, `il y a 3 heures`, `3 ore fa`, `hace 3 horas`,
 * `3 saat önce`.
 */
const relativeTime = new RegExp(
  [
    String.raw`\b\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)\s+ago`,
    String.raw`\b(?:pre|prije)\s+\d+\s+(?:minuta|minut|sata|sati|sat|dana|dan)`,
    String.raw`\bvor\s+\d+\s+(?:minuten|minute|stunden|stunde|tagen|tag)`,
    String.raw`\bil y a\s+\d+\s+(?:minutes?|heures?|jours?)`,
    String.raw`\b\d+\s+(?:minuti|ore|giorni)\s+fa`,
    String.raw`\bhace\s+\d+\s+(?:minutos?|horas?|dias?)`,
    String.raw`\b\d+\s+(?:dakika|saat|gun)\s+once`,
    String.raw`\bjust now|\byesterday|\btoday|\bjuce|\bdanas|\bgestern|\bheute|\bhier|\baujourd\W?hui|\bieri|\boggi`,
    String.raw`\bayer|\bhoy|\bdun|\bbugun`,
  ]
    .map((shape) => `(?:${shape})\\b`)
    .join('|'),
  'g',
);

/** A Chinese page's credit to its source after the time (`2023年10月03日 18:30  来源：新华网`). */
const trailingSourceCredit = /\s(?:来源|來源|稿源)[:：]\s*\S+\s*$/u;

/** Timestamp lines are short; a longer line is text that mentions a date. */
const maxLength = 120;

/** Whether a line holds only a time stamp's labels, its date on the next line: `Published`, `Objavljeno:`. */
export function isTimestampLabel(line: string): boolean {
  if (line.length > maxLength) return false;
  const words = foldText(latinize(line)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.every((word) => labels.has(word));
}

/**
 * The date a timestamp line gives: its first, unless that is numeric and the
 * line also spells the same date out with day and month the other way round
 * (`10/01/2023 October 1, 2023`, as Deutsche Welle writes): a month's name
 * cannot be misread.
 */
function publicationDate(line: string, dates: FoundDate[]): FoundDate | undefined {
  const [first] = dates;
  const isNumeric = (found: FoundDate) => !/\p{L}/u.test(line.slice(found.start, found.end));
  if (!first || !isNumeric(first)) return first;
  const { year, month, day } = first.date;
  const swapped = (found: FoundDate) =>
    !isNumeric(found) && found.date.year === year && found.date.month === day && found.date.day === month;
  return dates.find(swapped) ?? first;
}

/**
 * Reads a line that is only a publication or update time: dates and times
 * with labels such as `Published:`, `Objavljeno:`, `um … Uhr`, `Publié le`,
 * weekday names and time zones (`Published: 24 September 2023, 14:05 BST`,
 * `24.09.2023 um 18:30 Uhr`, `Publié le 02/10/2023 à 16h05`, `Updated 3 hours
 * ago`, `14:05`, `2023年10月03日 18:30  来源：新华网` with its source credit). Undefined for a line with any other word, so a sentence
 * that mentions a date is never a timestamp.
 */
export function readTimestampLine(line: string, writtenDayFirst = false): TimestampLine | undefined {
  if (line.length > maxLength) return undefined;
  const dates = findWrittenDates(line, writtenDayFirst);
  let rest = line.replace(trailingSourceCredit, '');
  // Blanked from the end so earlier offsets stay right.
  for (const { start, end } of [...dates].reverse()) rest = rest.slice(0, start) + ' ' + rest.slice(end);
  rest = rest.replace(zoneOffset, ' ');
  const times = rest.match(timeOfDay) !== null;
  rest = foldText(latinize(rest.replace(timeOfDay, ' ')));
  const relative = rest.match(relativeTime) !== null;
  rest = rest.replace(relativeTime, ' ');
  if (dates.length === 0 && !relative && !times) return undefined;
  // `2.45 €` is a price, not a time.
  if (currency.test(line)) return undefined;
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.every((word) => labels.has(word))) return undefined;
  const first = publicationDate(line, dates);
  if (!first) return { updated: relative };
  const labelsBefore = foldText(latinize(line.slice(0, first.start))).match(/\p{L}+/gu) ?? [];
  return { date: first.date, updated: labelsBefore.some((word) => updateLabels.has(word)) };
}
