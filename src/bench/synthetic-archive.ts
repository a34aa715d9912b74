/**
 * Sources for a synthetic archive of any size, made from the seed articles'
 * paragraphs: each source has a unique headline, a date, and about as many
 * words and mentions as a seed article (the build benchmark's input).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentFolders } from '../content-folders.ts';

/** The paragraphs of every seed source, the date marker of each first line removed. */
export function seedParagraphs(): string[] {
  const folder = contentFolders.sources;
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) =>
      readFileSync(path.join(folder, name), 'utf8')
        .replace(/^\s*date \S+\s*/, '')
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph.length > 0),
    );
}

/** Words per synthetic article: about those of a seed article. */
const targetWords = 570;

/**
 * Source number `n`: a date marker, the headline `Report n: …` and seed
 * paragraphs, picked by a fixed stride from a start that depends on `n`,
 * as many as fit in {@link targetWords} words. The same `n` always gives the same text.
 */
export function syntheticSource(n: number, paragraphs: readonly string[]): string {
  const day = new Date(Date.UTC(2023, 0, 1) + (n % 1000) * 86_400_000).toISOString().slice(0, 10);
  const picked: string[] = [];
  let words = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[(n * 7 + i * 11) % paragraphs.length] ?? '';
    const count = paragraph.split(/\s+/).length;
    if (picked.length > 0 && words + count > targetWords) continue;
    picked.push(paragraph);
    words += count;
  }
  const lead = (picked[0] ?? '').split(/(?<=[.!?])\s/)[0] ?? '';
  const headline = `Report ${n}: ${lead.split(/\s+/).slice(0, 10).join(' ')}`;
  return ` date ${day}\n${headline}\n\n${picked.join('\n\n')}\n`;
}

/** Writes `count` synthetic sources into a folder, as `report-<n>.txt`. */
export function writeSyntheticSources(folder: string, count: number): void {
  const paragraphs = seedParagraphs();
  for (let n = 0; n < count; n++) writeFileSync(path.join(folder, `report-${n}.txt`), syntheticSource(n, paragraphs));
}
