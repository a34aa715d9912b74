import { describe, expect, it } from 'vitest';
import { readByline, type Byline } from './byline.ts';

describe('readByline', () => {
  it.each<[string, Byline]>([
    ['By Jane Roe', { authors: ['Jane Roe'] }],
    ['BY JANE ROE', { authors: ['JANE ROE'] }],
    ['By Jane Roe and John Doe', { authors: ['Jane Roe', 'John Doe'] }],
    ['By Jane Roe, John Doe and Ana Anić', { authors: ['Jane Roe', 'John Doe', 'Ana Anić'] }],
    ['By Jane Roe, Reuters', { authors: ['Jane Roe'], outlet: 'Reuters' }],
    ['By Jane Roe | Associated Press', { authors: ['Jane Roe'], outlet: 'Associated Press' }],
    ['By Jane Roe, BalkanInsight', { authors: ['Jane Roe'], outlet: 'BalkanInsight' }],
    ['By JANE ROE and JOHN DOE Associated Press', { authors: ['JANE ROE', 'JOHN DOE'], outlet: 'Associated Press' }],
    ['By Jane Roe AFP', { authors: ['Jane Roe'], outlet: 'AFP' }],
    ['By ANA MINA', { authors: ['ANA MINA'] }],
    ['Helena Smith and agencies', { authors: ['Helena Smith'] }],
    ['Jane Roe, John Doe and agencies', { authors: ['Jane Roe', 'John Doe'] }],
    ['By Reuters', { authors: [], outlet: 'Reuters' }],
    [
      'By Vesna Trajkova in Skopje October 3, 2023',
      { authors: ['Vesna Trajkova'], place: 'Skopje', date: { year: 2023, month: 10, day: 3 } },
    ],
    ['By Jane Roe, Sept 29, 2023 10:15 AM', { authors: ['Jane Roe'], date: { year: 2023, month: 9, day: 29 } }],
    ['Written by Jane Roe', { authors: ['Jane Roe'] }],
    ['Autor: Max Mustermann', { authors: ['Max Mustermann'] }],
    ['Von Max Mustermann und Erika Musterfrau', { authors: ['Max Mustermann', 'Erika Musterfrau'] }],
    ['Von Max Mustermann, dpa', { authors: ['Max Mustermann'], outlet: 'dpa' }],
    ['Piše: Ana Anić', { authors: ['Ana Anić'] }],
    ['Piše: Ana Anić, Beograd', { authors: ['Ana Anić'] }],
    ['Пише: Ана Анић', { authors: ['Ана Анић'] }],
    ['Autorka: Ana Anić i Marko Marković', { authors: ['Ana Anić', 'Marko Marković'] }],
    ['Par Claire Morel et Luc Garnier', { authors: ['Claire Morel', 'Luc Garnier'] }],
    ['Par Le Quotidien avec AFP', { authors: [], outlet: 'Le Quotidien' }],
    ['Le Quotidien avec AFP', { authors: [], outlet: 'Le Quotidien' }],
    ['Nga Besa Krasniqi', { authors: ['Besa Krasniqi'] }],
    ['Por Lucía Ortega y Pablo Ruiz', { authors: ['Lucía Ortega', 'Pablo Ruiz'] }],
    ['Di Marco Bellini', { authors: ['Marco Bellini'] }],
    ['Автор: Ольга Смирнова', { authors: ['Ольга Смирнова'] }],
  ])('should read %j', (line, byline) => {
    expect(readByline(line)).toEqual(byline);
  });

  it.each([
    ['an idiom', 'By the way, the talks failed.'],
    ['a year', 'By 2030 the plan will be finished.'],
    ['a clause', 'By Monday, the talks had failed and both sides left.'],
    ['a German sentence', 'Von Montag an gilt die neue Regel.'],
    ['a date inside a sentence', 'By Jane Roe on September 24, 2023, the talks ended'],
    ['no byline', 'Jane Roe'],
    ['a Spanish sentence', 'Por la tarde, la policía detuvo a dos sospechosos.'],
    ['an Italian headline', 'Di Maio incontra Vucic a Belgrado'],
    ['an Albanian sentence', 'Nga Prishtina, Kurti tha se bisedimet do të vazhdojnë.'],
    ['places, not names', 'Por Kosovo y Serbia'],
  ])('should not read %s', (_label, line) => {
    expect(readByline(line)).toBeUndefined();
  });
});
