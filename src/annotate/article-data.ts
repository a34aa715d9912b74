import type { VFile } from 'vfile';
import { type Mention, type TitleSegment, mentionAnchor } from './mention.ts';

/**
 * What the remark plugins compute for an article and hand to its pages
 * through Astro's `render()` (as `remarkPluginFrontmatter`).
 */
export interface ArticleData {
  /** Every mention, in document order (from the annotator). */
  mentions: Mention[];
  /** The source's own headline, annotated; absent for a derived title (from the annotator). */
  titleSegments?: TitleSegment[];
  /** The opening of the first paragraph (from the excerpt plugin). */
  excerpt?: string;
  /** The notes on the sentences other reports share, in the order of their first passage (from the shared-passages plugin). */
  sharedPassages?: SharedPassageNote[];
  /** The reports this one shares most passages with, most first (from the shared-passages plugin). */
  relatedReports?: RelatedReport[];
  /** The direct quotations, in order, with their speakers where the text says (from the quotes plugin). */
  quotes?: Quote[];
}

/** A direct quotation in an article. */
export interface Quote {
  /** The words inside the quotation marks. */
  text: string;
  /** The speaker's entity id, when the text says who spoke. */
  speaker?: string;
  /** The anchor of the speaker's mention next to it: the spot an entity page links to. */
  anchor?: string;
}

/**
 * A note on an article's shared sentences: one for all its passages that as
 * many other reports carry, with the same earliest known version (a rewrite
 * of a wire story shares most of its sentences with the same reports). The
 * page shows the notes with the same earliest version as one item (`noteItems`).
 */
export interface SharedPassageNote {
  /** The numbers of the passages' markers in the article (from 1), in order. */
  passages: number[];
  /** How many other reports carry each passage. */
  total: number;
  /** The reports that hold the earliest known version (ids, this article's own if it is one), at most three. */
  earliest: string[];
}

/** A report that shares passages with an article. */
export interface RelatedReport {
  id: string;
  /** The numbers of the passages it shares. */
  passages: number[];
}

/**
 * Mentions as they travel in an article's compiled module: each sentence
 * once, and each mention as `[entity, sentence, start, end]` (offsets in the
 * sentence), with a fifth element `1` for an editor's mark. The module is
 * bundled and loaded for every article of the build, so its size counts:
 * this is about a third of the mentions spelled out.
 */
interface PackedMentions {
  sentences: string[];
  at: [string, number, number, number, 1?][];
}

/**
 * The computed frontmatter field that carries everything but the excerpt, as
 * one JSON string. Each article's compiled module is parsed and bundled with
 * the build: a string is one node of its syntax tree, where the same data as
 * object literals is thousands (at 5,000 articles, 0.75 GB of the build's
 * memory for the shared-passage notes alone).
 */
const computedField = 'computedData';

/**
 * Shared-passage notes and related reports as they travel: each report's id
 * once, in `reports`, each note as `[total, ...earliest]`, the place of each
 * passage's note in `noteOf` (passage 1 first), each related report as
 * `[report, ...passages]`, reports by their place in `reports`. A wire
 * story's notes name the same few earliest reports again and again.
 */
interface PackedPassages {
  reports: string[];
  notes: number[][];
  noteOf: number[];
  related: number[][];
}

/** What travels in {@link computedField}. */
interface Computed {
  packedMentions?: PackedMentions;
  titleSegments?: TitleSegment[];
  packedPassages?: PackedPassages;
  quotes?: Quote[];
}

function packMentions(mentions: Mention[]): PackedMentions {
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  const at = mentions.map(({ entity, text, before, after, by }): PackedMentions['at'][number] => {
    const sentence = `${before}${text}${after}`;
    let index = sentenceIndex.get(sentence);
    if (index === undefined) {
      index = sentences.push(sentence) - 1;
      sentenceIndex.set(sentence, index);
    }
    const start = before.length;
    return by === 'editor'
      ? [entity, index, start, start + text.length, 1]
      : [entity, index, start, start + text.length];
  });
  return { sentences, at };
}

/** The mentions back, with their anchors numbered as the annotator numbers them (per entity, in order). */
function unpackMentions({ sentences, at }: PackedMentions): Mention[] {
  const counts = new Map<string, number>();
  return at.map(([entity, index, start, end, editor]) => {
    const sentence = sentences[index] ?? '';
    const n = (counts.get(entity) ?? 0) + 1;
    counts.set(entity, n);
    return {
      entity,
      anchor: mentionAnchor(entity, n),
      text: sentence.slice(start, end),
      before: sentence.slice(0, start),
      after: sentence.slice(end),
      by: editor ? 'editor' : 'dictionary',
    };
  });
}

function packPassages(notes: SharedPassageNote[], related: RelatedReport[]): PackedPassages {
  const reports: string[] = [];
  const reportIndex = new Map<string, number>();
  const place = (id: string) => {
    let index = reportIndex.get(id);
    if (index === undefined) {
      index = reports.push(id) - 1;
      reportIndex.set(id, index);
    }
    return index;
  };
  const noteOf: number[] = [];
  notes.forEach(({ passages }, note) => {
    for (const passage of passages) noteOf[passage - 1] = note;
  });
  return {
    reports,
    notes: notes.map(({ total, earliest }) => [total, ...earliest.map(place)]),
    noteOf,
    related: related.map(({ id, passages }) => [place(id), ...passages]),
  };
}

function unpackPassages({ reports, notes, noteOf, related }: PackedPassages): {
  sharedPassages: SharedPassageNote[];
  relatedReports: RelatedReport[];
} {
  const sharedPassages = notes.map(([total = 0, ...earliest]): SharedPassageNote => ({
    passages: [],
    total,
    earliest: earliest.map((place) => reports[place] ?? ''),
  }));
  noteOf.forEach((note, passage) => sharedPassages[note]?.passages.push(passage + 1));
  return {
    sharedPassages,
    relatedReports: related.map(([place = 0, ...passages]) => ({ id: reports[place] ?? '', passages })),
  };
}

/** What each article's plugins have handed back so far, kept as objects so that each plugin adds without parsing. */
const handedBack = new WeakMap<VFile, Computed>();

/**
 * Hands computed fields of an article to Astro, beside its frontmatter; each
 * plugin hands back its own. The fields are written as one JSON string when
 * Astro reads them, once the article is compiled, rather than at each
 * plugin's hand-back: four plugins would otherwise serialise the growing data
 * four times over.
 */
export function handBack(
  file: VFile,
  { mentions, excerpt, sharedPassages, relatedReports, ...data }: Partial<ArticleData>,
): void {
  const astro = (file.data.astro ??= {});
  const earlier = handedBack.get(file);
  // A copy of the frontmatter Astro gave, made at the first hand-back: its own object is left as it came.
  if (!earlier) astro.frontmatter = { ...astro.frontmatter };
  const frontmatter = astro.frontmatter as Record<string, unknown>;
  const computed: Computed = {
    ...earlier,
    ...data,
    ...(mentions ? { packedMentions: packMentions(mentions) } : {}),
    ...(sharedPassages ? { packedPassages: packPassages(sharedPassages, relatedReports ?? []) } : {}),
  };
  handedBack.set(file, computed);
  if (excerpt !== undefined) frontmatter.excerpt = excerpt;
  let json: string | undefined;
  Object.defineProperty(frontmatter, computedField, {
    get: () => (json ??= JSON.stringify(computed)),
    enumerable: true,
    configurable: true,
  });
}

/** Reads what {@link handBack} handed over, from `render()`'s `remarkPluginFrontmatter`. */
export function readArticleData(remarkPluginFrontmatter: Record<string, unknown>): ArticleData {
  const { excerpt } = remarkPluginFrontmatter as Partial<ArticleData>;
  const held = remarkPluginFrontmatter[computedField];
  const { packedMentions, titleSegments, packedPassages, quotes }: Computed =
    typeof held === 'string' ? (JSON.parse(held) as Computed) : {};
  return {
    mentions: packedMentions ? unpackMentions(packedMentions) : [],
    ...(titleSegments ? { titleSegments } : {}),
    ...(excerpt === undefined ? {} : { excerpt }),
    ...(packedPassages ? unpackPassages(packedPassages) : {}),
    ...(quotes ? { quotes } : {}),
  };
}
