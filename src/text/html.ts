/**
 * Text made safe to write into HTML, as an element's content or a
 * double-quoted attribute's value: `&`, `<`, `>`, `"` and `'` as entities.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
