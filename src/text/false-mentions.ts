import { foldText, isAcronym } from './fold.ts';
import { functionWords } from './function-words.ts';

/** What an editor does about a name or alias that would make false mentions. */
const fix = 'remove it or write the full name';

/**
 * Why a name or alias (already trimmed) would make false mentions in the
 * archive, as a message that quotes it and says what to do; `undefined` when
 * it is fine, or empty (the schema reports that). Refused: fewer than two
 * letters or digits, or no letter at all (`I`, `a`, `7`, `12`), and a common
 * English function word (`the`, `Us`, `May`). An acronym (`US`, `WHO`) is
 * matched only as written, so it never finds the common word, and is allowed.
 */
export function falseMentionRisk(form: string): string | undefined {
  if (form === '') return undefined;
  const letters = form.match(/\p{L}/gu)?.length ?? 0;
  const digits = form.match(/\p{N}/gu)?.length ?? 0;
  // A digit or two makes a short name distinctive (G7, G20, 5G); digits alone are numbers in the text.
  if (letters === 0 || letters + digits < 2) {
    return `"${form}" is too short to tell from ordinary text: a name or alias needs two letters, or a letter and digits (G7); ${fix}`;
  }
  const folded = foldText(form);
  if (functionWords.has(folded) && !isAcronym(form)) {
    return `"${form}" is a common English word, so every "${folded}" in the archive would link here; ${fix}`;
  }
  return undefined;
}
