/**
 * The shared-passage test set in other languages, written for this project
 * like `passage-test-set.ts` (the same fictional flood): in German, the wire
 * report and a lightly edited version, and an unrelated report on the same
 * town that shares its names and its many function words (`der`, `die`,
 * `und`) but no fact; in Serbian, the wire report in Latin letters, the same
 * report in Cyrillic (Serbian outlets publish both), a reworded version, and
 * an unrelated report. Passages are found within a language, not across.
 */
import type { TestReport } from './passage-test-set.ts';

const germanWire: TestReport = {
  id: 'de-wire',
  date: '2024-03-14',
  lang: 'de',
  sentences: [
    {
      fact: 'de-rain',
      text: 'Heftiger Regen hat den Fluss Lenna in der Nacht zum Donnerstag über die Ufer treten lassen und die Innenstadt von Marvik überflutet.',
    },
    {
      fact: 'de-evacuated',
      text: 'Rund 1.200 Bewohner wurden von der Feuerwehr und der Armee aus ihren Häusern in Sicherheit gebracht.',
    },
    {
      fact: 'de-dead',
      text: 'Zwei Menschen kamen ums Leben, elf wurden verletzt, als eine Brücke an der nördlichen Ringstraße einstürzte.',
    },
    {
      fact: 'de-mayor',
      text: 'Bürgermeisterin Ilse Varga sagte, die Stadt habe seit Beginn der Aufzeichnungen im Jahr 1891 keinen solchen Wasserstand erlebt.',
    },
    {
      fact: 'de-shelters',
      text: 'Drei Schulen und die Sporthalle an der Kaistraße wurden zu Notunterkünften umgebaut.',
    },
    { fact: 'de-trains', text: 'Alle Züge zwischen Marvik und der Hauptstadt wurden bis auf Weiteres eingestellt.' },
    {
      fact: 'de-aid',
      text: 'Das Innenministerium gab 15 Millionen Euro Soforthilfe für die überfluteten Stadtteile frei.',
    },
  ],
};

const germanEdited: TestReport = {
  id: 'de-edited',
  date: '2024-03-15',
  lang: 'de',
  sentences: [
    {
      fact: 'de-rain',
      text: 'Nach heftigem Regen ist der Fluss Lenna in der Nacht zum Donnerstag über die Ufer getreten und hat die Innenstadt von Marvik überflutet.',
    },
    { fact: 'de-evacuated', text: 'Feuerwehr und Armee brachten rund 1.200 Bewohner aus ihren Häusern in Sicherheit.' },
    {
      fact: 'de-dead',
      text: 'Beim Einsturz einer Brücke an der nördlichen Ringstraße kamen zwei Menschen ums Leben, elf wurden verletzt.',
    },
    {
      fact: 'de-mayor',
      text: 'Seit Beginn der Aufzeichnungen im Jahr 1891 habe die Stadt keinen solchen Wasserstand erlebt, sagte Bürgermeisterin Ilse Varga.',
    },
    {
      fact: 'de-trains',
      text: 'Der Zugverkehr zwischen Marvik und der Hauptstadt wurde bis auf Weiteres eingestellt.',
    },
    {
      fact: 'de-aid',
      text: 'Das Innenministerium stellte 15 Millionen Euro Soforthilfe für die überfluteten Stadtteile bereit.',
    },
    { text: 'Die Stadtverwaltung richtete eine Telefonnummer für Angehörige ein, die ihre Familien suchen.' },
  ],
};

const germanUnrelated: TestReport = {
  id: 'de-budget',
  date: '2024-05-02',
  lang: 'de',
  sentences: [
    {
      text: 'Der Stadtrat von Marvik hat am Dienstag den Haushalt für das kommende Jahr mit großer Mehrheit beschlossen.',
    },
    {
      text: 'Bürgermeisterin Ilse Varga sagte, die Stadt werde in den nächsten Jahren mehr Geld in die Schulen investieren.',
    },
    { text: 'Die Sporthalle an der Kaistraße soll im Sommer renoviert werden, die Arbeiten dauern bis in den Herbst.' },
    { text: 'Ab Dezember sollen mehr Busse zwischen den Stadtteilen fahren, teilte die Verwaltung mit.' },
    { text: 'Das Innenministerium kündigte an, die Polizei in der Region mit 40 neuen Stellen zu verstärken.' },
    { text: 'Die Opposition kritisierte, dass der Haushalt zu wenig Geld für den Schutz vor Hochwasser vorsehe.' },
  ],
};

const serbianWire: TestReport = {
  id: 'sr-wire',
  date: '2024-03-14',
  lang: 'sr-Latn',
  sentences: [
    {
      fact: 'sr-rain',
      text: 'Obilne kiše izazvale su izlivanje reke Lene u sredu uveče, a centar Marvika je poplavljen.',
    },
    { fact: 'sr-evacuated', text: 'Vatrogasci i vojska evakuisali su oko 1.200 stanovnika iz njihovih domova.' },
    {
      fact: 'sr-dead',
      text: 'Dve osobe su poginule, a jedanaest je povređeno kada se srušio most na severnoj obilaznici.',
    },
    {
      fact: 'sr-aid',
      text: 'Ministarstvo unutrašnjih poslova odobrilo je 15 miliona evra hitne pomoći za poplavljena naselja.',
    },
  ],
};

const serbianCyrillicCopy: TestReport = {
  id: 'sr-wire-cyrillic',
  date: '2024-03-14',
  lang: 'sr-Cyrl',
  sentences: [
    {
      fact: 'sr-rain',
      text: 'Обилне кише изазвале су изливање реке Лене у среду увече, а центар Марвика је поплављен.',
    },
    { fact: 'sr-evacuated', text: 'Ватрогасци и војска евакуисали су око 1.200 становника из њихових домова.' },
    {
      fact: 'sr-dead',
      text: 'Две особе су погинуле, а једанаест је повређено када се срушио мост на северној обилазници.',
    },
    {
      fact: 'sr-aid',
      text: 'Министарство унутрашњих послова одобрило је 15 милиона евра хитне помоћи за поплављена насеља.',
    },
  ],
};

const serbianReworded: TestReport = {
  id: 'sr-reworded',
  date: '2024-03-15',
  lang: 'sr-Latn',
  sentences: [
    { fact: 'sr-rain', text: 'Posle obilnih kiša reka Lena se u sredu uveče izlila i poplavila centar Marvika.' },
    { fact: 'sr-evacuated', text: 'Oko 1.200 stanovnika iz njihovih domova evakuisali su vatrogasci i vojska.' },
    {
      fact: 'sr-dead',
      text: 'U rušenju mosta na severnoj obilaznici poginule su dve osobe, a jedanaest je povređeno.',
    },
    {
      fact: 'sr-aid',
      text: 'Za poplavljena naselja Ministarstvo unutrašnjih poslova odobrilo je 15 miliona evra pomoći.',
    },
  ],
};

const serbianUnrelated: TestReport = {
  id: 'sr-budget',
  date: '2024-05-02',
  lang: 'sr-Latn',
  sentences: [
    { text: 'Gradsko veće Marvika usvojilo je u utorak budžet za narednu godinu sa velikom većinom glasova.' },
    { text: 'Gradonačelnica Ilse Varga rekla je da će grad u narednim godinama više ulagati u škole i dvorane.' },
    { text: 'Ministarstvo unutrašnjih poslova najavilo je da će u regionu zaposliti 40 novih policajaca.' },
    { text: 'Opozicija je kritikovala budžet jer je za zaštitu od poplava predviđeno premalo novca.' },
  ],
};

/** The test set in German and Serbian: each language's reports, scored together. */
export const otherLanguagesTestSet: TestReport[] = [
  germanWire,
  germanEdited,
  germanUnrelated,
  serbianWire,
  serbianCyrillicCopy,
  serbianReworded,
  serbianUnrelated,
];
