/**
 * The largest source ingest takes, in bytes: 500 KB, some 75,000 words, far
 * beyond any article. Checking that an article holds its source word for word
 * parses it as MDX, which is slow on text dense with Markdown syntax: 500 KB of
 * it takes up to 5 seconds and 0.9 GB of memory; 5 MB exhausts the memory of
 * Node.js.
 */
export const maxSourceBytes = 500_000;

/**
 * The most blocks (paragraphs, subheadings and promotional lines) a source
 * may have: 10,000. Each costs the MDX check about 50 microseconds and 4 KB;
 * 500 KB of one-word lines (170,000 blocks) took 15 seconds and 1.8 GB.
 */
export const maxSourceBlocks = 10_000;
