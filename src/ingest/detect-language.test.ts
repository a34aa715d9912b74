import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

// Hand-written news texts, one sentence or more each.
const english =
  'The finance ministry said on Tuesday that inflation had slowed for the third month in a row, although food prices were still rising.';
const englishWithNames =
  'Vučić met Kurti in Priština on Thursday, and Lajčák said afterwards that both sides had agreed to meet again in Brussels next month.';
const serbianLatin =
  'Ministarstvo finansija saopštilo je u utorak da je inflacija usporila treći mesec zaredom, iako cene hrane i dalje rastu.';
const serbianCyrillic =
  'Народна банка Србије саопштила је у четвртак да ће референтна каматна стопа остати непромењена најмање до краја године.';
const croatian =
  'Ministarstvo financija priopćilo je u utorak da je inflacija usporila treći mjesec zaredom, iako cijene hrane i dalje rastu.';
const bosnian =
  'Policija je u petak navečer uhapsila dvojicu muškaraca nakon požara koji je oštetio nekoliko radnji na Baščaršiji, saopćeno je.';
const german =
  'Die Polizei nahm am späten Freitagabend zwei Männer fest, nachdem ein Brand mehrere Geschäfte auf dem alten Markt beschädigt hatte.';
const french =
  'La police a interpellé deux hommes vendredi soir après un incendie qui a endommagé plusieurs commerces du vieux marché.';
const albanian =
  'Ministria e Financave njoftoi të martën se inflacioni është ngadalësuar për të tretin muaj radhazi, edhe pse çmimet e ushqimeve vazhdojnë të rriten.';
const russian =
  'Министерство финансов сообщило во вторник, что инфляция замедлилась третий месяц подряд, хотя цены на продукты продолжают расти.';
const macedonian =
  'Владата на Северна Македонија соопшти дека од следната година ќе ги зголеми платите на граѓаните што работат во јавниот сектор.';
const report = [
  'The regional government announced on Monday that it would spend more on rural hospitals next year.',
  'Opposition members criticised the plan, saying it came too late for clinics that had already closed.',
  'The budget is expected to be debated in parliament at the end of the month.',
].join('\n\n');

describe('detectLanguage', () => {
  it.each([
    ['English', english, 'en'],
    ['English full of Serbian and Albanian names', englishWithNames, 'en'],
    ['a three-paragraph English report', report, 'en'],
    ['Serbian in Latin script', serbianLatin, 'sr-Latn'],
    ['Serbian in Cyrillic script', serbianCyrillic, 'sr-Cyrl'],
    ['German', german, 'de'],
    ['French', french, 'fr'],
    ['Albanian', albanian, 'sq'],
    ['Russian', russian, 'ru'],
    ['Macedonian, by the letters Serbian lacks', macedonian, 'mk'],
  ])('should tag %s', (_name, text, tag) => {
    expect(detectLanguage(text)).toBe(tag);
  });

  it.each([
    ['Croatian', croatian],
    ['Bosnian', bosnian],
  ])('should tag %s in Latin script as the Serbo-Croatian Latin default', (_name, text) => {
    expect(detectLanguage(text)).toBe('sr-Latn');
  });

  it.each([
    ['an empty text', ''],
    ['a headline', 'Vučić and Kurti meet in Brussels without agreement'],
    ['a Cyrillic headline', 'Скупштина усвојила буџет после дуге расправе'],
    ['a list of names', 'Osmani, Kurti, Vučić, Lajčák, Đurić, Brnabić, Dodik, Schmidt, Bećirović, Komšić, Cvijanović'],
    ['numbers and punctuation', `${'2023-11-06, 14:30 — 1.250.000 € … '.repeat(20)}`],
  ])('should give no language for %s', (_name, text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  it.each([
    ['hr', 'hr'],
    [false, undefined],
  ] as const)('should tag Latin Serbo-Croatian as the option %s asks', (option, tag) => {
    expect(detectLanguage(croatian, { serboCroatianLatin: option })).toBe(tag);
  });

  it('should leave Cyrillic Serbian to the script whatever the Latin option', () => {
    expect(detectLanguage(serbianCyrillic, { serboCroatianLatin: false })).toBe('sr-Cyrl');
  });

  it('should detect a 1 MB article by its start', () => {
    expect(detectLanguage(`${german}\n\n`.repeat(8000))).toBe('de');
  });
});
