/**
 * Two short reports in Serbian, written for the tests, one in Cyrillic and
 * one in Latin letters, each with words the other lacks (`продавнице`,
 * `carinici`): a search in one script must find the report in the other
 * (`npm run build:large` adds them to its archive; `large-archive.spec.ts`).
 */

/** The headline of each, as the site shows it. */
export const serbianHeadlines = {
  cyrillic: 'Полиција појачала патроле на северу Косова',
  latin: 'Granični prelaz Jarinje ponovo otvoren',
};

/** The source files, by file name, as an editor would drop them into the inbox. */
export const serbianReports: Record<string, string> = {
  'serbian-cyrillic.txt': [
    ' date 2023-10-02',
    serbianHeadlines.cyrillic,
    '',
    'Приштина, 2. октобар 2023.',
    '',
    'Полиција Косова појачала је патроле у општинама на северу после напада у селу Бањска. ' +
      'Према речима портпарола полиције, патроле ће остати на терену до краја месеца.',
    '',
    'Становници кажу да су путеви мирни, али да је неизвесност велика. Локалне продавнице раде краће него обично.',
    '',
  ].join('\n'),
  'serbian-latin.txt': [
    ' date 2023-10-03',
    serbianHeadlines.latin,
    '',
    'Granični prelaz Jarinje ponovo je otvoren za putnička vozila posle dvodnevne obustave saobraćaja. ' +
      'Vozači su satima čekali u kolonama sa obe strane prelaza.',
    '',
    'Carinici kažu da se pregledi obavljaju sporije zbog pojačanih mera bezbednosti na prelazu.',
    '',
  ].join('\n'),
};
