import type { Candidate } from './discover.ts';

/** Longest a column's cell is shown before it is cut with `…`. */
const widths = { name: 40, kind: 12, count: 5, articles: 8, variants: 40 } as const;

/**
 * The candidates as a plain-text table, one a line in the order given, with
 * their kind, mentions, articles and variants; an empty list says so.
 */
export function candidateTable(candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return 'No names without a glossary entry.';
  const rows = candidates.map((candidate) => [
    cell(candidate.name, widths.name),
    cell(candidate.kind, widths.kind),
    String(candidate.count).padStart(widths.count),
    String(candidate.articles.length).padStart(widths.articles),
    candidate.variants.join(' · ').slice(0, widths.variants),
  ]);
  const header = [
    cell('Name', widths.name),
    cell('Kind', widths.kind),
    'Count'.padStart(widths.count),
    'Articles'.padStart(widths.articles),
    'Also written',
  ];
  return [header, ...rows].map((row) => row.join('  ').trimEnd()).join('\n');
}

function cell(text: string, width: number): string {
  return (text.length > width ? `${text.slice(0, width - 1)}…` : text).padEnd(width);
}
