/**
 * Two short stories written for the tests, each run by two outlets on the
 * same day as a wire copy (one sentence changed): the stories page heads
 * both alike (`2 reports, 5 March 2024`), and the first story's copies keep
 * one headline, so the page of an entity they name lists two articles of
 * the same title; and one copy is renamed, as an editor may, so its former
 * address leads to it (`npm run build:large` adds them; `large-archive.spec.ts`).
 */

/** The day both stories' copies carry. */
export const wireCopyDay = '2024-03-05';

/** The entity the first story's copies both name. */
export const wireCopyEntity = 'kosovo-police';

/** The headline the first story's two copies share. */
export const sharedHeadline = 'Heavy snow cuts roads in northern Kosovo';
const snow = [
  'Heavy snowfall closed three mountain roads around Zvečan on Tuesday, leaving several villages cut off from the town.',
  'Kosovo Police asked drivers to stay off the roads until snowploughs had cleared them.',
  'Schools in the municipality will stay shut on Wednesday, the local council said in a statement.',
];
const fog = [
  'Thick fog delayed more than twenty flights at the airport of Pristina on Tuesday morning, its operator said.',
  'Passengers waited up to six hours in the departure hall before the first planes could leave.',
  'Two flights from Vienna and Zurich landed in Skopje instead, and their passengers came on by bus.',
];

const source = (headline: string, paragraphs: string[]) =>
  ` date ${wireCopyDay}\n${headline}\n\n${paragraphs.join('\n\n')}\n`;

/**
 * The sources, as an editor would ingest them; a copy whose headline an
 * earlier one has needs a slug of its own (`--slug`), which ingest asks for.
 */
export const wireCopies: { file: string; text: string; slug?: string }[] = [
  {
    file: 'snow-wire.txt',
    text: source(sharedHeadline, [...snow, 'Forecasters expect the snow to ease by the end of the week.']),
  },
  {
    file: 'snow-copy.txt',
    slug: 'heavy-snow-cuts-roads-in-northern-kosovo-copy',
    text: source(sharedHeadline, [...snow, 'The weather service expects milder days from Friday.']),
  },
  {
    file: 'fog-wire.txt',
    text: source('Fog delays flights at Pristina airport', [...fog, 'Traffic was back to normal by the afternoon.']),
  },
  {
    file: 'fog-copy.txt',
    text: source('Flights held up for hours as fog covers Pristina', [
      ...fog,
      'By the afternoon the departure board showed no delays.',
    ]),
  },
];

/** The copy renamed after ingest (`npm run ingest -- --update --slug`): its slug before and after. */
export const renamedCopy = {
  from: 'fog-delays-flights-at-pristina-airport',
  to: 'fog-delays-flights-at-pristina-airport-wire',
};

/** The other copy of the renamed one's story. */
export const renamedCopyOther = 'flights-held-up-for-hours-as-fog-covers-pristina';
