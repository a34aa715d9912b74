/** A mention of an entity in an article: what the remark plugin records for the glossary pages. */
export interface Mention {
  /** The entity's id. */
  entity: string;
  /** The id of the mention's element on the article page, e.g. `m-nato-2`. */
  anchor: string;
  /** The mention as the article writes it. */
  text: string;
  /** The sentence around the mention: the part before it… */
  before: string;
  /** …and the part after it. */
  after: string;
  /** `dictionary`: found through the glossary's aliases; `editor`: marked by hand with `<Mention>`. */
  by: 'dictionary' | 'editor';
}

/** A piece of an annotated headline: plain text, or a mention with its link and anchor. */
export interface TitleSegment {
  text: string;
  mention?: { entity: string; anchor: string; href: string; kind: string };
}

/** The anchor id of the `n`th (1-based) mention of an entity in an article. */
export function mentionAnchor(entity: string, n: number): string {
  return `m-${entity}-${n}`;
}

/**
 * The attributes of a mention link besides its `href`: the one place that
 * draws mention markup, for the article body and its headline alike. The
 * `href` alone says which entity it names (scripts and tests read it there:
 * every attribute is written some 60 times in each of thousands of pages and
 * compiled modules, so none repeats another). The entity's kind styles it; a
 * `repeat` (the entity is already linked earlier in the article) is drawn
 * faint and left out of the keyboard's tab order, so that a keyboard crosses
 * an article in one stop per entity it names.
 */
export function mentionAttributes(
  anchor: string,
  { kind, repeat = false }: { kind: string; repeat?: boolean },
): Record<string, string> {
  return {
    id: anchor,
    class: repeat ? 'mention mention--repeat' : 'mention',
    'data-kind': kind,
    ...(repeat ? { tabindex: '-1' } : {}),
  };
}
