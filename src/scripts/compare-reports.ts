/**
 * The compare page: reads two article pages of the site (`?a=` and `?b=`,
 * their ids), takes the sentences of their text (not the page furniture, not
 * the passage markers), aligns them passage by passage and marks the words
 * each changed (`word-changes.ts`): `<del>` for words only the first has,
 * `<ins>` for words only the second has, each named for screen readers.
 */
import { type ReportSentences, alignReports } from '../passages/align-reports.ts';
import { sentencesOf } from '../passages/sentences-of.ts';
import { type TextPiece, wordChanges } from '../passages/word-changes.ts';
import { element, link } from '../search/dom.ts';

interface Report extends ReportSentences {
  url: string;
  title: string;
  date: string;
}

/** The report on the article page at `url`; a renamed article's former address leads to it. */
async function readReport(url: string, movesFollowed = 0): Promise<Report> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`no article at ${url} (${response.status})`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const body = page.querySelector('.article__body');
  // A renamed article's former address is a page that sends the reader on to its new one.
  const moved = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!body && moved && movesFollowed === 0) return readReport(new URL(moved, response.url).pathname, 1);
  if (!body) throw new Error(`no article text at ${url}`);
  for (const furniture of body.querySelectorAll('.passage-ref, .source-aside')) furniture.remove();
  const lang = page.querySelector('article.article')?.getAttribute('lang');
  return {
    ...(lang ? { lang } : {}),
    url,
    title: page.querySelector('h1')?.textContent?.trim() ?? url,
    date: page.querySelector('.article header time')?.textContent?.trim() ?? 'Undated',
    sentences: [...body.querySelectorAll('p')].flatMap((paragraph) => sentencesOf(paragraph.textContent ?? '')),
  };
}

/** One side of a sentence pair with its changed words marked: `<del>` in the first, `<ins>` in the second. */
function marked(pieces: TextPiece[], side: 'a' | 'b'): (Node | string)[] {
  return pieces.map(({ text, changed }) => {
    if (!changed) return text;
    return side === 'a'
      ? element('del', '', element('span', 'visually-hidden', 'removed: '), text)
      : element('ins', '', element('span', 'visually-hidden', 'added: '), text);
  });
}

function cell(side: 'a' | 'b', label: string, content: (Node | string)[] | undefined): HTMLElement {
  const box = element('div', `compare-cell compare-cell--${side}`, element('span', 'compare-cell__label', label));
  if (content) box.append(element('p', '', ...content));
  else box.append(element('p', 'compare-cell__none', 'Not in this report'));
  return box;
}

/** Fills `root` with the comparison of the reports the URL names; `articleUrl` makes an article's URL from its id. */
export async function showComparison(root: HTMLElement, articleUrl: (id: string) => string): Promise<void> {
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const heads = root.querySelector<HTMLElement>('.compare-heads');
  const list = root.querySelector<HTMLOListElement>('.compare-rows');
  if (!status || !heads || !list) return;
  const params = new URLSearchParams(window.location.search);
  const [a, b] = [params.get('a'), params.get('b')];
  if (!a || !b) {
    status.textContent = 'Choose two reports to compare: open one from a shared passage’s note on an article page.';
    return;
  }
  status.textContent = 'Reading the two reports…';
  let reports: [Report, Report];
  try {
    reports = await Promise.all([readReport(articleUrl(a)), readReport(articleUrl(b))]);
  } catch (error) {
    status.textContent = `These reports cannot be compared: ${error instanceof Error ? error.message : String(error)}.`;
    return;
  }
  const [first, second] = reports;
  heads.replaceChildren(
    ...reports.map((report, position) =>
      element(
        'div',
        'compare-head',
        element('span', 'compare-cell__label', position === 0 ? 'Report A' : 'Report B'),
        element('p', 'compare-head__title', link(report.url, report.title)),
        element('p', 'compare-head__date', report.date),
      ),
    ),
  );
  const rows = alignReports(first, second);
  const shared = rows.filter((row) => row.a !== undefined && row.b !== undefined).length;
  list.replaceChildren(
    ...rows.map((row) => {
      const textA = row.a === undefined ? undefined : (first.sentences[row.a] ?? '');
      const textB = row.b === undefined ? undefined : (second.sentences[row.b] ?? '');
      const changes = textA !== undefined && textB !== undefined ? wordChanges(textA, textB) : undefined;
      return element(
        'li',
        changes ? 'compare-row compare-row--shared' : 'compare-row',
        cell('a', 'A', changes ? marked(changes.a, 'a') : textA === undefined ? undefined : [textA]),
        cell('b', 'B', changes ? marked(changes.b, 'b') : textB === undefined ? undefined : [textB]),
      );
    }),
  );
  const only = root.querySelector<HTMLLabelElement>('.compare__only');
  const toggle = only?.querySelector('input');
  if (only && toggle) {
    toggle.addEventListener('change', () => root.classList.toggle('compare--only-shared', toggle.checked));
    only.hidden = false;
  }
  status.textContent =
    `${shared} ${shared === 1 ? 'passage' : 'passages'} in both; ` +
    `${first.sentences.length - shared} only in A, ${second.sentences.length - shared} only in B.`;
  document.title = `${first.title} · ${second.title} · ${document.title}`;
}
