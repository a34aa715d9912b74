import { describe, expect, it } from 'vitest';
import type { AsideKind } from '../schemas/article-body.ts';
import { furnitureKind } from './furniture.ts';

/** Lines each rule should recognise, with lines like them that are article text. */
const table: [AsideKind, string[]][] = [
  [
    'agency-note',
    [
      '(Adds Kurti quote in paragraph 5)',
      'Reporting by A; Editing by B',
      '(Writing by Jane Doe)',
      'X in Belgrade contributed to this report.',
      'Translated by Ana Anić',
    ],
  ],
  ['embed', ['— Albin Kurti (@albinkurti) September 24, 2023', 'We stand with Kosovo. https://t.co/xYz12']],
  [
    'caption',
    [
      'Photo: Reuters/Petar Ilievski',
      '(AP Photo/Besnik Doda)',
      'Foto: Beta',
      'Bild: dpa',
      'Image: A soldier at a checkpoint',
      'Police at the bridge in Mitrovica. REUTERS/Ardit Vela',
      'Image caption, Kosovo police at the monastery',
      'Image source, Getty Images',
      'Légende : des policiers à Banjska',
      'Photo : AFP',
      'Bildquelle: dpa',
    ],
  ],
  ['gallery', ['3/3', '12 / 40', 'Photo 3 of 12', 'View gallery', 'Galerija']],
  ['advertisement', ['ADVERTISEMENT', 'Anzeige', 'Werbung', 'Reklama', '- Advertisement -']],
  [
    'share',
    [
      'Share',
      'Share this article',
      'Share on Facebook',
      'Podeli',
      'Podelite',
      'Teilen',
      'Artikel teilen',
      '• 0',
      '12 shares',
      'Comments (3)',
      'Reuse this content',
      'Follow us on Twitter',
      'Follow us on Twitter and Facebook for the latest news.',
      'Podelite ovaj članak',
      'Ostavite komentar',
      'Partager',
      'Condividi su Facebook',
      'Compartir',
      'Поделиться',
      'Komento',
      'Paylaş',
      'Partilhar',
    ],
  ],
  [
    'subscription',
    [
      'Subscribe',
      'Sign up for our newsletter',
      'Newsletter abonnieren',
      'Pretplati se',
      'Abonnez-vous',
      'Suscríbete',
      'Support independent journalism by becoming a member today.',
      'Become a member today.',
    ],
  ],
  ['reading-time', ['4 min read', 'Reading time: 4 minutes', 'Lesezeit: 3 Min.', '5 minuta čitanja']],
  [
    'copyright',
    [
      '© 2023 Reuters',
      'Copyright AFP',
      'Copyright 2023 The Associated Press. All rights reserved.',
      'This material may not be published, broadcast, rewritten or redistributed.',
      'This article was originally published by Balkan Insight.',
      'Originally published on the Marvik Courier website.',
      'This story first appeared in the Marvik Courier.',
    ],
  ],
  [
    'cookie-notice',
    ['We use cookies to improve your experience.', 'Wir verwenden Cookies.', 'Accept all', 'Koristimo kolačiće.'],
  ],
  [
    'promotion',
    [
      'Read next: another story',
      'Download our app to stay informed wherever you are.',
      'Click here to read the full report.',
      'Read more',
      'Most read',
      'Related Topics',
      'Pročitajte još: Vučić',
      'Lesen Sie auch: Kosovo',
      'Mehr zum Thema',
      'Lire aussi : Au Kosovo, le monastère de Banjska',
      'Leggi anche',
      'Lee también: Serbia y Kosovo',
      'Читайте также',
      'Listen to this article | 4 mins',
      'Lexo më shumë',
      'Zum Artikel',
      'Auch interessant',
      'Leia também',
      'İlginizi çekebilir',
    ],
  ],
  [
    'byline',
    [
      'By Jane Doe',
      'by Staff Writers',
      'Von Max Berger',
      'Piše: Ana Petrović',
      'Reuters',
      'BBC News, Pristina',
      'Izvor: Tanjug',
      'Source: Reuters',
      'Quelle: dpa',
      'Editor: Jane Roe',
      'Helena Smith and agencies',
    ],
  ],
  ['banner', ['SpaceWar.com - Your World At War', 'Kosovo Online | kosovo-online.com']],
  [
    'other',
    [
      'Tags: Kosovo, Serbia',
      'Tagovi: Kosovo, Kurti, Vučić',
      'Schlagwörter: Kosovo, Serbien',
      'Have you got a story? Email us at news@example.com',
      'If you have a story tip, please contact our newsroom.',
      'The views expressed in this article are the author’s own and do not reflect those of this outlet.',
    ],
  ],
  [
    'timestamp',
    [
      '2023.09.24 05:30',
      '24.09.2023, 14:12 Uhr',
      'Objavljeno: 24.09.2023. 18:45',
      'Updated 3 hours ago',
      'Published: 24 September 2023, 10:30 GMT',
      'Washington (AFP) Sep 29, 2023',
      'Pristina, 2. Oktober 2023',
      'Приштина, 2. октобар 2023.',
    ],
  ],
];

/** Article text that starts or ends like furniture. */
const text = [
  'By Monday, the troops had withdrawn from the border.',
  'Von der Leyen visits Pristina',
  'Share prices in Belgrade fell sharply on Monday after the attack.',
  'The photo showed police at the bridge.',
  'Subscribers to the Serbian broadcaster protested outside its offices.',
  'The 2023 election results were disputed.',
  'Kosovo declared independence in 2008.',
  'Read the full statement, the ministry said, before judging it.',
  'Kosovo police hold suspects after monastery siege',
  'Serbia masses troops on Kosovo border, US says',
  'Pristina, Kosovo',
  'Source: a diplomat who asked not to be named said the talks had failed.',
  'Tags on the border crossing were checked by police.',
  'Follow the money, the investigators said.',
  'Become a member of NATO, Kurti urged, and the region will be safer.',
  'The story first broke on Monday, when police published the names.',
  'Views expressed by residents at the meeting were mixed.',
  'Kurti said the app would be downloaded by thousands.',
  'The court ruled that the name of the victim may not be published or broadcast.',
  'It was first published in 1851 and has never been out of print.',
  'First published in 1990, the novel was banned in three countries.',
  'Originally published in Serbian, the report was translated last year.',
  'Police said they had got a tip from a neighbour on Monday.',
  'The station received hundreds of news tips about the suspect.',
  'Views expressed here were shared by most of the delegates, Kurti said.',
  'Follow Kurti on X, where he posts daily about the talks.',
  'Lire la suite dans notre édition de demain, a précisé le journal.',
  'Kosovo, 2008: the year of independence',
  `${'Photo: a very long caption '.repeat(10)}goes on and on.`,
];

describe('furnitureKind', () => {
  it.each(table)('should recognise %s lines', (kind, lines) => {
    for (const line of lines) expect(furnitureKind(line), line).toBe(kind);
  });

  it('should leave article text and headlines alone, even when they start like furniture', () => {
    for (const line of text) expect(furnitureKind(line), line).toBeUndefined();
  });

  it('should leave alone sentences about witnesses (`témoins`, cookies in Canada) and lines with separators', () => {
    for (const line of [
      'Selon les témoins, les assaillants utilisaient des armes automatiques.',
      'Des témoins ont accepté de parler à la police.',
      'Analysis | Why Serbia massed troops | World',
      'Inflation > 5 percent',
    ])
      expect(furnitureKind(line), line).toBeUndefined();
  });
});

describe('furnitureKind on the furniture of pages in more languages', () => {
  /** Furniture lines of the shapes news pages print, with the kind each is set apart as. */
  const lines: [string, AsideKind][] = [
    ['Skip to main content', 'other'],
    ['Skip to content', 'other'],
    ['Aller au contenu principal', 'other'],
    ['Zum Inhalt springen', 'other'],
    ['Saltar al contenido', 'other'],
    ['Home > World > Europe', 'other'],
    ['Startseite › Politik › Ausland', 'other'],
    ['Inicio » Internacional', 'other'],
    ['News / World / Europe', 'other'],
    ['Advertisement · Scroll to continue', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Publicidad', 'advertisement'],
    ['Publicité', 'advertisement'],
    ['Pubblicità', 'advertisement'],
    ['Temps de lecture 3 min.', 'reading-time'],
    ['Tiempo de lectura: 4 min', 'reading-time'],
    ['Lire aussi | Kosovo : la frontière rouvre après deux semaines', 'promotion'],
    ['Envoyer par e-mail', 'share'],
    ['ВКонтакте', 'share'],
    ['Facebook Twitter WhatsApp E-Mail', 'share'],
    ['【纠错】 【分享】', 'share'],
    ['Teilen Sie diesen Artikel', 'share'],
    ['Pratite nas na društvenim mrežama', 'share'],
    ['Ndiqni ne në Instagram', 'share'],
    ['Nous utilisons des cookies pour mesurer l’audience. Accepter et fermer', 'cookie-notice'],
    ['Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.', 'cookie-notice'],
    ['Article réservé à nos abonnés', 'subscription'],
    ['Par Claire Morel et Luc Garnier', 'byline'],
    ['Par Le Quotidien avec AFP', 'byline'],
    ['Nga Besa Krasniqi', 'byline'],
    ['Por Lucía Ortega', 'byline'],
    ['Di Marco Bellini', 'byline'],
    ['Автор: Ольга Смирнова', 'byline'],
    ['来源：新华网', 'byline'],
    ['责任编辑：李明', 'byline'],
    ['Bildunterschrift: Polizisten an der Brücke in Mitrovica.', 'caption'],
    ['EFE ab/jgb', 'agency-note'],
  ];

  /** Article text and headlines that open with the same words. */
  const articleText = [
    'Por la tarde, la policía detuvo a dos sospechosos en Mitrovica.',
    'Por Kosovo y Serbia pasan cada día miles de camiones',
    'Di Maio incontra Vucic a Belgrado',
    'Di solito il valico resta aperto fino alle dieci.',
    'Par ailleurs, le gouvernement serbe a démenti toute mobilisation.',
    'Nga Prishtina, Kurti tha se bisedimet do të vazhdojnë.',
    'Analysis | Why the Ibar bridge matters',
    'Kosovo | Serbia',
    'Skip the formalities, Kurti told the envoy.',
    'Publicidad engañosa: multa a una cadena serbia',
    'Cookies were served at the reception, the embassy said.',
  ];

  it('should set each apart with its kind', () => {
    for (const [line, kind] of lines) expect(furnitureKind(line), line).toBe(kind);
  });

  it('should leave article text that opens with the same words alone', () => {
    for (const line of articleText) expect(furnitureKind(line), line).toBeUndefined();
  });
});
