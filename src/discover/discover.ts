import { foldText, isAcronym } from '../text/fold.ts';
import { monthNumber } from '../text/month-names.ts';
import { sentenceLookup } from '../text/sentences.ts';
import type { ArticleText } from './article-text.ts';
import type { Coverage } from './coverage.ts';
import { guessKind, isBodyWord } from '../text/guess-kind.ts';
import { type NameSpan, findNameSpans } from '../text/name-spans.ts';

/** What a candidate is taken for. `journalist`: named only in bylines, captions and agency notes. */
export type CandidateKind = 'person' | 'organization' | 'journalist';

/** A named person or body that no glossary entry covers, with every form the articles use. */
export interface Candidate {
  /** The name to propose: the fullest form, with diacritics when any mention has them. */
  name: string;
  /** What it seems to be. */
  kind: CandidateKind;
  /** Every other form the articles write: surnames, acronyms, spellings without diacritics. */
  variants: string[];
  /** How many times the articles name it. */
  count: number;
  /** The ids of the articles that name it, in the order given. */
  articles: string[];
  /** The sentence of its first mention. */
  context: string;
}

/** Options of {@link discoverCandidates}. */
export interface DiscoverOptions {
  /** What the glossary already covers. */
  covered: Coverage;
  /** Names the editor rejected, folded (`foldText`); a candidate any of whose forms is here is left out. */
  rejected?: ReadonlySet<string>;
  /** List journalists and photographers named in credits (default `false`). */
  journalists?: boolean;
}

/** One use of a name in an article. */
interface Mention {
  surface: string;
  /** The folded name of the group it belongs to. */
  group: string;
  article: string;
  sentence: string;
  titled: boolean;
  afterPlaceWord: boolean;
  credit: boolean;
  english: boolean;
  /** The article's language (BCP 47), in which the glossary's case forms are matched. */
  lang?: string;
}

/**
 * Finds the named people and bodies of the articles that no glossary entry
 * covers, most mentioned first. Names are runs of capitalised words
 * ({@link findNameSpans}); the forms of one name make one candidate: spellings
 * with or without diacritics (compared folded), the name with a title
 * (`Gen.`, `Mr.`) or a possessive, a surname used alone in an article that
 * names the person in full (or, across the archive, the surname of exactly
 * one full name), and an acronym written in brackets after its expansion
 * anywhere in the archive. A name is covered when the glossary matches any of
 * its forms, or the full name an article's surname or acronym stands for.
 * Places, dates and stray capitalised words are left out ({@link guessKind}).
 */
export function discoverCandidates(articles: readonly ArticleText[], options: DiscoverOptions): Candidate[] {
  const mentions: Mention[] = [];
  const coveredGroups = new Set<string>();
  // An acronym's expansion wherever an article spells it out: `eulex` → `european union rule of law mission`.
  const expansions = new Map<string, string>();
  for (const article of articles) {
    for (const mention of articleMentions(article, expansions, options.covered)) {
      if (options.covered.covers(mention.surface, mention.lang)) coveredGroups.add(mention.group);
      mentions.push(mention);
    }
  }
  regroup(mentions, expansions);
  for (const mention of mentions)
    if (options.covered.covers(mention.surface, mention.lang)) coveredGroups.add(mention.group);
  const groups = Map.groupBy(
    mentions.filter((mention) => !coveredGroups.has(mention.group)),
    (mention) => mention.group,
  );
  const candidates: Candidate[] = [];
  for (const uses of groups.values()) {
    const candidate = toCandidate(uses);
    if (!candidate || (candidate.kind === 'journalist' && !options.journalists)) continue;
    const forms = [candidate.name, ...candidate.variants].map((form) => foldText(form));
    if (forms.some((form) => options.rejected?.has(form))) continue;
    candidates.push(candidate);
  }
  return candidates.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * Articles and determiners of the archive's languages other than English
 * (German, French, Italian, Spanish, Portuguese), folded: a name does not
 * start with one (`La Serbie`, `Die Regierung`, `Ein Sprecher`).
 */
const leadingArticles: ReadonlySet<string> = new Set(
  [
    'der die das den dem des ein eine einen einem einer eines dieser diese dieses jener jene',
    'le la les l un une des du au aux ce cet cette ces',
    'il lo gli uno una del dello della dei degli delle questo questa',
    'el los las unos unas este esta estos estas ese esa',
    'o os as um uma',
  ].flatMap((words) => words.split(' ')),
);

/**
 * A span's name as discovery reads it, in an article in another language
 * than English: without an article that is capitalised only because it opens
 * the sentence (`La Serbie a rejeté…`, `Ein Sprecher sagte…`; but `selon Le
 * Figaro`); undefined for a month's name in capitals (`02 OTT` in an
 * agency's dateline).
 */
function nameOf(text: string, opensSentence: boolean): string | undefined {
  const words = text.split(' ');
  while (opensSentence && words.length > 1 && leadingArticles.has(foldText(words[0] ?? ''))) words.shift();
  const [only] = words;
  if (words.length === 1 && only === only?.toUpperCase() && monthNumber(only ?? '') !== undefined) return undefined;
  return words.join(' ');
}

/**
 * Whether a name ends in one the glossary knows, after other words, and is
 * no name of its own for that: a title or a role before a known person, named
 * in full, in another case, or after a lower-case word (`Predsednik Srbije
 * Aleksandar Vučić`, `Portparol Vučića`, `Sprecher von Vučić`; not `Andrej
 * Vučić`, who may be another Vučić); or words before a known place or body
 * with no word for a body among them (`Angreifer von Banjska`, `Позивамо
 * КФОР`, `Sprecher der Kosovo Police`; `Bank of Kosovo` is a name).
 */
function endsInKnownName(name: string, lang: string | undefined, coverage: Coverage): boolean {
  const ending = coverage.knownEnding(name, lang);
  if (!ending) return false;
  if (ending.kind === 'person') return ending.fullName || ending.inflected || /(?:^|\s)\p{Ll}/u.test(ending.before);
  return !ending.before.split(' ').some((word) => isBodyWord(foldText(word)));
}

/**
 * What follows a dateline's place: a dash, perhaps after a comma and a date with a number
 * (`, April 14 -`, `, 29 сен —`) or an agency in brackets (`(Reuters) -`). Not `, the Balkan Rule of
 * Law Office, said`: an acronym opening a sentence.
 */
const datelineRest = /^\s*(?:,[^,.;]{0,20}?\d[^,.;]{0,12}?|\([^()]{1,30}\))?\s*[-–—]\s/u;

/**
 * Whether a name is a dateline's place, in capitals at the start of a
 * paragraph, or after an agency's name (`(ANSA) -`), before a dash, perhaps
 * after a date or an agency (`ATHENS, April 14 -`, `PRISTINA (Reuters) -`,
 * `БРЮССЕЛЬ, 29 сен —`, `KOSOVSKA MITROVICA -`): a place, not a body
 * whose acronym it would look like.
 */
function isDateline(text: string, span: NameSpan): boolean {
  return (
    isAcronym(span.text) &&
    /^[\s"“„«]*(?:\(\p{Lu}+\)\s*[-–—]\s*)?$/u.test(text.slice(0, span.start)) &&
    datelineRest.test(text.slice(span.end, span.end + 40))
  );
}

/**
 * The mentions of one article, surnames and acronyms grouped with the full
 * names they stand for; a name that ends in a known one is left out
 * ({@link endsInKnownName}).
 */
function articleMentions(article: ArticleText, expansions: Map<string, string>, coverage: Coverage): Mention[] {
  const english = article.lang === undefined || /^en\b/iu.test(article.lang);
  const found: Mention[] = [];
  for (const block of article.blocks) {
    const sentence = sentenceLookup(block.text);
    for (const span of findNameSpans(block.text, english)) {
      if (isDateline(block.text, span)) continue;
      const { start, end } = sentence(span.start);
      // A dateline's dash opens the text too: `(ANSA) - ROMA, 02 OTT - La Farnesina ha…`.
      const before = block.text.slice(start, span.start);
      const opensSentence = /^[\s"“„«»'‘(]*$/u.test(before) || /\s[-–—]\s+$/u.test(before);
      const surface = english ? span.text : nameOf(span.text, opensSentence);
      if (surface === undefined || endsInKnownName(surface, article.lang, coverage)) continue;
      found.push({
        surface,
        group: foldText(surface),
        article: article.id,
        sentence: block.text.slice(start, end),
        titled: span.titled,
        afterPlaceWord: span.afterPlaceWord,
        credit: block.kind === 'credit',
        english,
        ...(article.lang ? { lang: article.lang } : {}),
      });
      if (span.acronym) expansions.set(foldText(span.acronym), foldText(surface));
    }
  }
  // A surname alone stands for the one full name of the article that ends in it.
  const fullNames = new Map<string, string | null>();
  for (const mention of found) {
    const words = mention.group.split(' ');
    if (!isPersonalName(mention)) continue;
    const last = words.at(-1) ?? '';
    fullNames.set(last, fullNames.has(last) && fullNames.get(last) !== mention.group ? null : mention.group);
  }
  for (const mention of found) {
    const full = fullNames.get(mention.group);
    if (!mention.group.includes(' ') && full) mention.group = full;
  }
  return found;
}

/** A name whose last word a surname may stand for: two or more words, no acronym, connector or body word (`Ministry of Defence` is not). */
function isPersonalName(mention: Mention): boolean {
  const words = mention.group.split(' ');
  return (
    words.length >= 2 &&
    !isAcronym(mention.surface) &&
    mention.surface.split(' ').every((word) => /^\p{Lu}/u.test(word)) &&
    !words.some(isBodyWord)
  );
}

/** Across articles: acronyms join their expansions, lone surnames the one full name that ends in them. */
function regroup(mentions: Mention[], expansions: ReadonlyMap<string, string>): void {
  const byLast = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const { group } = mention;
    if (!isPersonalName(mention)) continue;
    const last = group.split(' ').at(-1) ?? '';
    byLast.set(last, (byLast.get(last) ?? new Set()).add(group));
  }
  for (const mention of mentions) {
    if (mention.group.includes(' ')) continue;
    const expansion = isAcronym(mention.surface) ? expansions.get(mention.group) : undefined;
    const owners = byLast.get(mention.group);
    if (expansion) mention.group = expansion;
    else if (owners?.size === 1) mention.group = [...owners][0] ?? mention.group;
  }
}

/** A group of mentions as a candidate, or `undefined` when it is not a person or a body. */
function toCandidate(uses: Mention[]): Candidate | undefined {
  const first = uses[0] as Mention;
  const forms = [...new Set(uses.map((use) => use.surface))];
  const full = forms.filter((form) => foldText(form) === first.group);
  const name = full.length > 0 ? preferred(full, uses) : preferred(forms, uses);
  const kind = guessKind(name, {
    titled: uses.some((use) => use.titled),
    afterPlaceWords: uses.every((use) => use.afterPlaceWord),
    english: uses.some((use) => use.english),
  });
  if (kind !== 'person' && kind !== 'organization') return undefined;
  const inText = uses.filter((use) => !use.credit);
  // Credits name journalists and photographers; a body named only there (`AP Photo`) is clutter.
  if (inText.length === 0 && (kind !== 'person' || name.split(' ').some((word) => isAcronym(word)))) return undefined;
  const shown = inText[0] ?? first;
  return {
    name,
    kind: inText.length === 0 ? 'journalist' : kind,
    variants: forms.filter((form) => form !== name).sort(),
    count: uses.length,
    articles: [...new Set(uses.map((use) => use.article))],
    context: shown.sentence,
  };
}

/** The form to propose: with the most diacritics (reports drop them more often than add them), then the most used. */
function preferred(forms: string[], uses: Mention[]): string {
  const marks = (form: string) => [...form].filter((character) => /[^\p{ASCII}]/u.test(character)).length;
  const used = (form: string) => uses.filter((use) => use.surface === form).length;
  const words = (form: string) => form.split(' ').length;
  return [...forms].sort((a, b) => words(b) - words(a) || marks(b) - marks(a) || used(b) - used(a))[0] ?? '';
}
