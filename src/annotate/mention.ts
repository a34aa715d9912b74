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

/** The anchor id of the `n`th (1-based) mention of an entity in an article. */
export function mentionAnchor(entity: string, n: number): string {
  return `m-${entity}-${n}`;
}
