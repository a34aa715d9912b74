/** A count with its noun, in English: `1 mention`, `8 mentions`, `12,500 articles`. */
export function plural(count: number, word: string): string {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
}
