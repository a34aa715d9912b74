/** What a preview card shows of an entity: written per entity at build time, read by the preview script. */
export interface EntityPreview {
  /** The kind, as readers see it: "Person", "Organization", … */
  kind: string;
  name: string;
  role?: string;
  summary?: string;
  /** The entity's mentions in the whole archive, and the articles that hold them. */
  mentions: number;
  articles: number;
}
