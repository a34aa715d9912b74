import path from 'node:path';

/** Where the archive keeps its content, relative to the project folder. */
export const contentFolders = {
  /** Raw `.txt` sources, byte for byte, never modified once there. */
  sources: path.join('content', 'sources'),
  /** One `<slug>.mdx` article per source, written by ingest. */
  articles: path.join('content', 'articles'),
  /** One `<id>.md` entry per person, body, state or place. */
  glossary: path.join('content', 'glossary'),
} as const;
