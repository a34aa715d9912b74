import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AsideKind } from '../schemas/article-body.ts';
import { splitWords } from '../text/words.ts';
import { prepareArticle } from './prepare-article.ts';
import { readArticle } from './read-article.ts';

/**
 * Sources in the shapes copied news pages have (written for these tests, not
 * copied from published articles), each with the title ingest should give it
 * and its page furniture, in order, by kind, the date it states (as
 * precisely as it states it) and its language.
 */
const fixtures: {
  file: string;
  /** The date the source states as its publication date, as precisely as it states it; undefined when it states none. */
  date: string | undefined;
  lang: string;
  title: string;
  furniture: [AsideKind, string][];
}[] = [
  {
    file: 'wire-report.txt',
    date: undefined,
    lang: 'en',
    title: 'Kosovo police hold suspects after monastery siege',
    furniture: [
      ['byline', 'By Jane Halloran'],
      ['reading-time', '4 min read'],
      ['caption', 'Photo: Reuters/Petar Ilievski'],
      ['copyright', '© 2023 Reuters'],
    ],
  },
  {
    file: 'tabloid-gallery.txt',
    date: '2023-09-24',
    lang: 'en',
    title: 'SHOCK SCENES AT THE BORDER: Trucks stuck for days as drivers sleep in their cabs',
    furniture: [
      ['share', '• 0'],
      ['share', 'Share'],
      ['byline', 'By Mark Benton'],
      ['timestamp', '2023.09.24 05:30'],
      ['gallery', '1/3'],
      ['caption', 'Drivers wait in line at the Jarinje crossing'],
      ['gallery', '2/3'],
      ['caption', 'A driver shows the queue from his cab (Photo: Kosovo Online)'],
      ['gallery', '3/3'],
      ['advertisement', 'ADVERTISEMENT'],
      ['share', 'Share this article'],
      ['share', 'Share on Facebook'],
      ['promotion', 'Read more: Serbia and Kosovo trade blame over border chaos'],
    ],
  },
  {
    file: 'bbc-tweet.txt',
    date: '2023-09-24',
    lang: 'en',
    title: 'Kosovo: PM Kurti blames Belgrade for deadly attack on police',
    furniture: [
      ['timestamp', '24 September 2023'],
      ['byline', 'By Tom Arden'],
      ['byline', 'BBC News, Pristina'],
      [
        'embed',
        'Our police were attacked tonight by a group armed and sent from across the border. We will answer with the law. pic.twitter.com/AbC123xyz',
      ],
      ['embed', '— Albin Kurti (@albinkurti) September 24, 2023'],
      ['promotion', 'Related Topics'],
      ['related', 'Kosovo'],
      ['related', 'Serbia'],
    ],
  },
  {
    file: 'agency-adds.txt',
    date: undefined,
    lang: 'en',
    title: 'UPDATE 2-Kosovo says gunmen were trained in Serbia; Belgrade denies',
    furniture: [
      ['agency-note', '(Adds Kurti quote in paragraph 5, Serbian ministry comment in paragraph 8)'],
      ['byline', 'By Ardit Vela'],
      ['agency-note', 'Reporting by Ardit Vela in Pristina and Mila Jovanov in Belgrade; Editing by Sam Carter'],
      ['agency-note', 'Our Standards: The Thomson Reuters Trust Principles.'],
    ],
  },
  {
    file: 'serbian-foto-podeli.txt',
    date: '2023-09-24',
    lang: 'sr-Latn',
    title: 'Kurti: Napad u Banjskoj organizovao Beograd',
    furniture: [
      ['byline', 'Piše: Ana Petrović'],
      ['timestamp', 'Objavljeno: 24.09.2023. 18:45'],
      ['share', 'Podeli'],
      ['caption', 'Foto: Beta/Milan Obradović'],
      ['promotion', 'Pročitajte još: Vučić: Srbija nema veze sa napadom'],
      ['share', 'Podelite'],
    ],
  },
  {
    file: 'german-anzeige.txt',
    date: '2023-09-24',
    lang: 'de',
    title: 'Kosovo: Nato schickt zusätzliche Soldaten in den Norden',
    furniture: [
      ['byline', 'Von Max Berger'],
      ['timestamp', '24.09.2023, 14:12 Uhr'],
      ['reading-time', 'Lesezeit: 3 Min.'],
      ['advertisement', 'Anzeige'],
      ['caption', 'Bild: dpa/Besnik Doda'],
      ['advertisement', 'Werbung'],
      ['promotion', 'Mehr zum Thema: Wie gefährlich ist die Lage im Kosovo?'],
      ['share', 'Artikel teilen'],
    ],
  },
  {
    file: 'site-banner.txt',
    // From its dateline, a line of its own.
    date: '2023-09-29',
    lang: 'en',
    title: 'Serbia masses troops on Kosovo border, US says',
    furniture: [
      ['banner', 'SpaceWar.com - Your World At War'],
      ['byline', 'by Staff Writers'],
      ['timestamp', 'Washington (AFP) Sep 29, 2023'],
      ['copyright', '© 2023 AFP'],
    ],
  },
  {
    file: 'hard-wrapped-72.txt',
    date: undefined,
    lang: 'en',
    title: 'NATO to boost Kosovo force after deadly clash',
    furniture: [
      ['share', 'Share this article'],
      ['caption', 'Photo: AP/Besnik Doda'],
    ],
  },
  {
    file: 'broken-sentences.txt',
    date: undefined,
    lang: 'en',
    title: 'EU envoy urges calm as Kosovo and Serbia talks stall',
    furniture: [],
  },
  {
    file: 'live-page-cookies.txt',
    date: undefined,
    lang: 'en',
    title: 'Kosovo tensions: what we know about the Banjska attack',
    furniture: [
      [
        'cookie-notice',
        'We use cookies to improve your experience on our site. By continuing to browse you accept our cookie policy.',
      ],
      ['cookie-notice', 'Accept all'],
      ['subscription', 'Subscribe'],
      ['timestamp', 'Updated 3 hours ago'],
      ['subscription', 'Sign up for our Balkans newsletter, delivered to your inbox every Friday.'],
      ['promotion', 'Most read'],
      ['related', 'Serbian army raises combat readiness on Kosovo border'],
      ['related', 'Why northern Kosovo is a flashpoint again'],
      ['related', 'Kosovo police find weapons cache near monastery'],
    ],
  },
  {
    file: 'ap-caption-advert.txt',
    date: undefined,
    lang: 'en',
    title: 'Kosovo buries police officer killed in attack as tensions with Serbia rise',
    furniture: [
      [
        'caption',
        'Kosovo police officers patrol near the village of Banjska, northern Kosovo, Sunday, Sept. 24, 2023. (AP Photo/Besnik Doda)',
      ],
      ['advertisement', 'ADVERTISEMENT'],
      ['agency-note', 'Associated Press writer Jovana Gec in Belgrade contributed to this report.'],
      ['copyright', 'Copyright 2023 The Associated Press. All rights reserved.'],
    ],
  },
  {
    file: 'no-headline-byline.txt',
    date: undefined,
    lang: 'en',
    title: 'NATO will send about 200 more troops to Kosovo.',
    furniture: [
      ['byline', 'By Jane Doe'],
      ['reading-time', '4 min read'],
      ['caption', 'Image: British soldiers serving with the NATO-led KFOR mission stand next to an armoured vehicle'],
      ['promotion', 'Read next: Why Kosovo’s north keeps flaring up'.replace('’', "'")],
    ],
  },
  {
    file: 'sidebar-mid.txt',
    date: undefined,
    lang: 'en',
    title: 'Serbia pulls back some troops from Kosovo border, US official says',
    furniture: [
      ['related', 'Vucic orders army to lower combat readiness'],
      ['related', 'Kosovo demands return of suspected gunmen'],
      ['related', 'EU foreign ministers to discuss Balkans'],
    ],
  },
  {
    file: 'serbian-cyrillic.txt',
    date: '2023-09-25',
    lang: 'sr-Cyrl',
    title: 'Нови пропусти на прелазу Јариње',
    furniture: [
      ['timestamp', 'Објављено: 25.09.2023. 08:40'],
      ['byline', 'Аутор: Милош Радић'],
      ['caption', 'Фото: Танјуг'],
      ['share', 'Подели'],
    ],
  },
];

describe('ingesting real-world-shaped sources', () => {
  it.each(fixtures)('should title, date and tag $file and set its furniture apart, keeping every word', (fixture) => {
    const bytes = readFileSync(new URL(`fixtures/${fixture.file}`, import.meta.url));
    const { frontmatter, mdx } = prepareArticle(bytes, fixture.file);
    const { blocks } = readArticle(mdx);
    expect(frontmatter.title).toBe(fixture.title);
    expect(frontmatter.date).toBe(fixture.date);
    expect(frontmatter.lang).toBe(fixture.lang);
    expect(blocks.flatMap((block) => (block.kind === 'aside' ? [[block.aside, block.text]] : []))).toEqual(
      fixture.furniture,
    );
    // Titles are never furniture, and the article's text is never set apart or lost.
    const articleWords = splitWords(
      [frontmatter.headline ? frontmatter.title : '', ...blocks.map((block) => block.text)].join(' '),
    ).sort();
    expect(articleWords).toEqual(splitWords(new TextDecoder().decode(bytes)).sort());
  });

  it('should rejoin a sentence a line break cut in two, so that no half of it is a subheading', () => {
    const bytes = readFileSync(new URL('fixtures/broken-sentences.txt', import.meta.url));
    const { blocks } = readArticle(prepareArticle(bytes, 'broken-sentences.txt').mdx);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(blocks[1]?.text).toMatch(/^Miroslav Lajcak, who has led the talks since 2020, said the agreement reached/);
  });
});
