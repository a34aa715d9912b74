import { type GlossaryEntry, surfaceForms } from '../glossary/read-glossary.ts';
import type { PartialDate } from '../text/calendar-date.ts';
import { contentSpan } from '../text/content-span.ts';
import { periodDays } from '../text/terms.ts';
import { type Match, compileMatcher } from './matcher.ts';
import { compilePhraseFinder } from './phrase-finder.ts';
import { type PhraseClaim, holderDuring } from './role-holders.ts';

/** How {@link compileRolePhrases} treats articles. */
export interface RolePhraseOptions {
  /**
   * The period an undated article may come from, as partial dates (both
   * included): the archive's range. Default: all time, so that an undated
   * article links a role only if its one holder has neither `from` nor `to`
   * (and descriptors).
   */
  undated?: { from?: PartialDate; to?: PartialDate };
}

/** A role phrase whose holder the article's date does not settle: for the editor to mark by hand. */
export interface UnresolvedPhrase {
  /** Offset of the words a link would cover, as for a {@link Match}. */
  start: number;
  end: number;
  /** The whole phrase as the article writes it: "Serbia’s president". */
  phrase: string;
  /** The entities that may have held the role then, sorted; empty when the glossary knows none. */
  candidates: string[];
}

/** What {@link compileRolePhrases} finds in a text. */
export interface RolePhrases {
  /**
   * Role phrases and descriptors linked to their entity, in text order; a descriptor that names
   * nothing (`the alliance`, not `Kosovo’s peacekeeping force`) is marked `anaphoric`: it can only
   * stand for an entity the text has named.
   */
  matches: (Match & { anaphoric?: true })[];
  /** Role phrases left unlinked, in text order. */
  unresolved: UnresolvedPhrase[];
}

/**
 * Finds role phrases and descriptors in a text. `names` are the mentions the
 * name matcher links in it, in order and not overlapping (default: those of
 * the entries' names and aliases, found with {@link compileMatcher}).
 */
export type RolePhraseFinder = (
  text: string,
  articleDate: PartialDate | undefined,
  names?: readonly Match[],
) => RolePhrases;

/**
 * Compiles the glossary's role phrases ("Serbia’s president") and descriptors
 * ("the alliance") into a finder that finds all of them in one pass over a
 * text, however many there are ({@link compilePhraseFinder}: folded, so any
 * case, diacritics and apostrophe), and links each to the entity that held
 * the role on the article's date ({@link holderDuring}: a month or year date
 * links only if one holder surely held the role all of it; an undated article
 * uses `options.undated`). Descriptors hold for all time.
 *
 * Nesting: a phrase may contain names with links of their own ("Serbia" in
 * "Serbia’s president"), and links may not nest. So a match covers only the
 * longest run of the phrase between those names, without function words or
 * a possessive ending ({@link contentSpan}); the caller renders adjacent
 * links: `[Serbia](serbia)’s [president](aleksandar-vucic)`, `the
 * [President](aleksandar-vucic) of [Serbia](serbia)`, `the
 * [alliance](nato)`. A phrase that would cut a name in two is not a phrase.
 *
 * A role phrase directly before a person's name is a title ("NATO
 * Secretary-General Jens Stoltenberg"), and one set off by a comma next to
 * a claimant's name is an apposition ("Kurti, Kosovo’s prime minister"):
 * the name already links, so neither yields a match.
 */
export function compileRolePhrases(
  entries: readonly GlossaryEntry[],
  options: RolePhraseOptions = {},
): RolePhraseFinder {
  const find = compilePhraseFinder(
    entries.flatMap((entry) => [
      ...entry.roles.flatMap(({ phrases, from, to }) =>
        phrases.map((phrase) => ({ phrase, value: claim(entry.id, 'role', from, to) })),
      ),
      ...entry.descriptors.map((phrase) => ({
        phrase,
        // Written with no capital, it names nothing of its own (`the alliance`, not `Kosovo’s peacekeeping force`).
        value: /\p{Lu}/u.test(phrase)
          ? claim(entry.id, 'descriptor')
          : { ...claim(entry.id, 'descriptor'), anaphoric: true as const },
      })),
    ]),
  );
  const nameMatcher = compileMatcher(
    entries.flatMap((entry) => surfaceForms(entry).map((alias) => ({ entity: entry.id, alias }))),
  );
  const people = new Set(entries.filter(({ kind }) => kind === 'person').map(({ id }) => id));
  const undated = periodDays(options.undated?.from, options.undated?.to);

  return (text, articleDate, names = nameMatcher(text)) => {
    const period = articleDate === undefined ? undated : periodDays(articleDate, articleDate);
    const found: RolePhrases = { matches: [], unresolved: [] };
    for (const hit of find(text, (start, end) => !cutsName(names, start, end))) {
      const span = linkSpan(text, hit.start, hit.end, names);
      if (!span || isTitleOrApposition(text, hit, names, people)) continue;
      const holding = holderDuring(hit.values, period);
      if ('entity' in holding) {
        const { entity } = holding;
        const claims = hit.values.filter((value) => value.entity === entity);
        const anaphoric = claims.every((value) => value.anaphoric);
        found.matches.push({
          entity,
          start: span[0],
          end: span[1],
          ...(anaphoric ? { anaphoric: true as const } : {}),
        });
      } else {
        const phrase = text.slice(hit.start, hit.end);
        found.unresolved.push({ start: span[0], end: span[1], phrase, candidates: holding.candidates });
      }
    }
    return found;
  };
}

function claim(entity: string, by: PhraseClaim['by'], from?: PartialDate, to?: PartialDate): PhraseClaim {
  return { entity, by, ...(from && { from }), ...(to && { to }) };
}

/** Whether a name starts inside `[start, end)` and ends outside it, or the other way round. */
function cutsName(names: readonly Match[], start: number, end: number): boolean {
  return names.some((name) => name.start < end && name.end > start && (name.start < start || name.end > end));
}

/** The longest run of the phrase's content words between the names inside it (the first, of equals). */
function linkSpan(text: string, start: number, end: number, names: readonly Match[]): [number, number] | undefined {
  const inside = names.filter((name) => name.start >= start && name.end <= end);
  const bounds = [start, ...inside.flatMap((name) => [name.start, name.end]), end];
  let best: [number, number] | undefined;
  for (let index = 0; index < bounds.length; index += 2) {
    const span = contentSpan(text, bounds[index] ?? start, bounds[index + 1] ?? end);
    if (span && (!best || span[1] - span[0] > best[1] - best[0])) best = span;
  }
  return best;
}

/** A role phrase right before a person's name, or beside a claimant's name with a comma between. */
function isTitleOrApposition(
  text: string,
  hit: { start: number; end: number; values: PhraseClaim[] },
  names: readonly Match[],
  people: ReadonlySet<string>,
): boolean {
  if (!hit.values.some(({ by }) => by === 'role')) return false;
  const claimants = new Set(hit.values.map(({ entity }) => entity));
  const next = names.find((name) => name.start >= hit.end);
  const between = next && text.slice(hit.end, next.start);
  if (next && between !== undefined && /^\s+$/.test(between) && people.has(next.entity)) return true;
  if (next && between !== undefined && /^\s*,\s*$/.test(between) && claimants.has(next.entity)) return true;
  const previous = names.filter((name) => name.end <= hit.start).at(-1);
  return (
    previous !== undefined && claimants.has(previous.entity) && /^\s*,\s*$/.test(text.slice(previous.end, hit.start))
  );
}
