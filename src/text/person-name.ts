/** Endings of a name that are not the surname: `Jr.`, `Sr.`, `II`, `III`, `IV`. */
const suffixes = /^(?:jr\.?|sr\.?|i{2,3}|iv)$/i;

/**
 * A person's name as an index sorts it: surname first (`Vučić Aleksandar`,
 * `Hovenier Jeffrey M.`, `King Martin Luther Jr.`). The surname is taken as
 * the last word before any generational suffix: right for the names of most
 * European languages, not for names written family name first.
 */
export function surnameFirst(name: string): string {
  const words = name.trim().split(/\s+/);
  let end = words.length;
  while (end > 1 && suffixes.test(words[end - 1] ?? '')) end--;
  if (end <= 1) return name.trim();
  return [words[end - 1], ...words.slice(0, end - 1), ...words.slice(end)].join(' ');
}
