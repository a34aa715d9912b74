/** Built once: a formatter per page would be work repeated for every article. */
const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of a language tag, for readers (`sr-Latn` → "Serbian (Latin)"), or the tag itself. */
export function languageName(tag: string): string {
  try {
    return englishNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
