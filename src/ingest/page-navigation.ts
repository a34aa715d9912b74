import { countWords } from '../text/words.ts';

/**
 * A skip link, the first link of many pages, for keyboards and screen readers:
 * `Skip to main content`, `Aller au contenu`, `Zum Inhalt springen`.
 */
const skipLink = new RegExp(
  '^(?:' +
    [
      String.raw`(?:skip|jump) to (?:the )?(?:main |primary )?(?:content|navigation|menu|search|article|footer)`,
      'skip navigation',
      String.raw`(?:aller|passer) (?:au|à la) (?:contenu|navigation|menu)(?: principal)?`,
      String.raw`(?:direkt )?zu(?:m|r) (?:inhalt|hauptinhalt|navigation|hauptnavigation)(?: springen| wechseln)?`,
      String.raw`(?:saltar|ir) al? (?:contenido|navegación|menú)(?: principal)?`,
      String.raw`(?:vai|salta|passa) al (?:contenuto|menu)(?: principale)?`,
      String.raw`(?:pular|ir|saltar) para o (?:conteúdo|menu)(?: principal)?`,
      String.raw`(?:preskoči|pređi|idi) na (?:glavni )?(?:sadržaj|meni|navigaciju)`,
      String.raw`kalo (?:te|tek|në) (?:përmbajtja|përmbajtjen|përmbajtje)`,
      String.raw`перейти (?:к|на) (?:основному )?(?:содержанию|содержимому|контенту|навигации)`,
      String.raw`(?:ana )?içeriğe (?:geç|atla)`,
    ].join('|') +
    String.raw`)\s*[›»>]?$`,
  'iu',
);

/** A breadcrumb's separator, between spaces: `Home > World > Europe`, `Accueil › Monde`, `News / World / Europe`. */
const breadcrumbSeparator = /\s+(>|›|»|\/|\|)\s+/u;

/** A breadcrumb's steps are the names of a site's sections: a word or three each. */
const breadcrumbStepWords = 3;

/**
 * Whether a line is a breadcrumb: short steps (sections of the site) joined by
 * one separator. `/` and `|` also join a headline's parts (`Analysis | Why …`),
 * so with them it takes three steps; `>`, `›` and `»` take two. Each step is a
 * section's name, of at most three words, opening with a capital, with no
 * digit; none ends a sentence or holds a quotation mark (`« Nous » dit-il`).
 */
function isBreadcrumb(line: string): boolean {
  // Split with the separator captured: steps at even places, separators at odd ones.
  const parts = line.split(breadcrumbSeparator);
  const steps = parts.filter((_part, index) => index % 2 === 0);
  const separators = new Set(parts.filter((_part, index) => index % 2 === 1));
  const [separator] = separators;
  if (separator === undefined || separators.size > 1) return false;
  const minSteps = separator === '/' || separator === '|' ? 3 : 2;
  return (
    steps.length >= minSteps &&
    steps.every(
      (step) =>
        countWords(step) >= 1 &&
        countWords(step) <= breadcrumbStepWords &&
        // A section's name starts with a capital and has no digit: `Inflation > 5 percent` is a claim.
        /^\p{Lu}/u.test(step) &&
        !/\d/u.test(step) &&
        !/[.!?:;,]$|["“”„«»‹›<>|/]/u.test(step),
    )
  );
}

/**
 * Whether a line is the page's navigation, copied with its text: a skip link
 * (`Skip to main content`, `Aller au contenu`) or a breadcrumb (`Accueil >
 * Monde > Europe`).
 */
export function isPageNavigation(line: string): boolean {
  return skipLink.test(line) || isBreadcrumb(line);
}
