import { foldText } from '../text/fold.ts';

/**
 * News agencies that datelines and bylines credit, folded: a parenthesis after
 * a dateline's place (`BERLIN (dpa) -`) names an agency only if it is one of
 * these, since it may also name a region (`Banjska (Kosovo)`).
 */
const agencies = new Set(
  [
    'Reuters',
    'AP',
    'Associated Press',
    'AFP',
    'Agence France-Presse',
    'dpa',
    'APA',
    'KNA',
    'epd',
    'Bloomberg',
    'Tanjug',
    'Beta',
    'FoNet',
    'Hina',
    'Fena',
    'SRNA',
    'MINA',
    'MIA',
    'BTA',
    'KosovaPress',
    'KoSSev',
    'BIRN',
    'RFE/RL',
    'Anadolu',
    'AA',
    'TASS',
    'Interfax',
    'Xinhua',
    'EFE',
    'ANSA',
    'Lusa',
    'Europa Press',
    'UPI',
    'PA',
    'RIA Novosti',
    'РИА Новости',
    'ТАСС',
    'Интерфакс',
    'Sputnik',
    '新华社',
    '中新社',
    '中新网',
    '中国新闻社',
    '人民网',
    '央视新闻',
    '共同社',
  ].map(foldText),
);

/** Whether `name` is a known news agency (`Reuters`, `AFP`, `dpa`, `Tanjug`), in any case. */
export function isNewsAgency(name: string): boolean {
  return agencies.has(foldText(name));
}
