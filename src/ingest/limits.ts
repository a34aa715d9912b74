/**
 * The largest source ingest takes, in bytes: 1.1 MB, some 170,000 words, far
 * beyond any report (a 1 MB report with its headline fits). Checking that an
 * article holds its source word for word parses it as MDX; measured on this
 * project's 2-core machine, 1 MB of prose takes under a second and 1 MB of
 * text dense with Markdown syntax about 6 seconds and 0.9 GB (with the heap
 * setting of `npm run ingest`); 2 MB of such text takes two minutes.
 */
export const maxSourceBytes = 1_100_000;

/**
 * The most blocks (paragraphs, subheadings and promotional lines) a source
 * may have: 10,000. Each costs the MDX check about 50 microseconds and 4 KB;
 * 500 KB of one-word lines (170,000 blocks) took 15 seconds and 1.8 GB; 10,000
 * blocks take under a second.
 */
export const maxSourceBlocks = 10_000;
