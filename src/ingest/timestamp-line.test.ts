import { describe, expect, it } from 'vitest';
import { readTimestampLine, type TimestampLine } from './timestamp-line.ts';

describe('readTimestampLine', () => {
  it.each<[string, TimestampLine]>([
    ['2023.09.24 05:30', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Published: 24 September 2023, 14:05 BST', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Sep 25, 2023 10:15 AM', { date: { year: 2023, month: 9, day: 25 }, updated: false }],
    ['24.09.2023 um 18:30 Uhr', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Objavljeno: 24.09.2023. 10:12', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Објављено: 24. септембар 2023. у 10:12', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Monday, 25 September 2023 | 9:02 a.m. EDT', { date: { year: 2023, month: 9, day: 25 }, updated: false }],
    ['Aktualisiert am 25. September 2023', { date: { year: 2023, month: 9, day: 25 }, updated: true }],
    ['Published 24 Sep 2023 Last updated 25 Sep 2023', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Updated: Sept 29', { date: { month: 9, day: 29 }, updated: true }],
    ['September 29, 2023 4:12 PM GMT+2', { date: { year: 2023, month: 9, day: 29 }, updated: false }],
    ['Updated 3 hours ago', { updated: true }],
    ['Ažurirano pre 2 sata', { updated: true }],
    ['Aktualisiert vor 3 Stunden', { updated: true }],
    ['Publié le 02/10/2023 à 16h05', { date: { year: 2023, month: 10, day: 2 }, updated: false }],
    ['Mis à jour le 3 octobre 2023', { date: { year: 2023, month: 10, day: 3 }, updated: true }],
    ['Pubblicato il 2 ottobre 2023 alle 10:15', { date: { year: 2023, month: 10, day: 2 }, updated: false }],
    ['Actualizado el 2 de octubre de 2023 a las 10:15', { date: { year: 2023, month: 10, day: 2 }, updated: true }],
    ['Опубликовано 2 октября 2023 в 10:15', { date: { year: 2023, month: 10, day: 2 }, updated: false }],
    ['Publikuar më 2 tetor 2023, ora 10:15', { date: { year: 2023, month: 10, day: 2 }, updated: false }],
    ['Güncellenme: 02.10.2023 10:15', { date: { year: 2023, month: 10, day: 2 }, updated: true }],
    ['Ažurirano: 2. listopada 2023. u 10:15', { date: { year: 2023, month: 10, day: 2 }, updated: true }],
    ['Il y a 3 heures', { updated: true }],
    ['Ažurirano: prije 2 sata', { updated: true }],
    ['Објављено: 29. 09. 2023. 18:43', { date: { year: 2023, month: 9, day: 29 }, updated: false }],
    ['Publicado em 29/09/2023 às 18h43', { date: { year: 2023, month: 9, day: 29 }, updated: false }],
    ['14:05', { updated: false }],
    ['10/01/2023 October 1, 2023', { date: { year: 2023, month: 10, day: 1 }, updated: false }],
    ['Objavljeno 02.10.2023. Ažurirano 3. oktobra 2023.', { date: { year: 2023, month: 10, day: 2 }, updated: false }],
    ['Today 14:05', { updated: true }],
    ['2023年10月03日 18:30  来源：新华网', { date: { year: 2023, month: 10, day: 3 }, updated: false }],
    ['发布时间：2023-10-03 18:30', { date: { year: 2023, month: 10, day: 3 }, updated: false }],
  ])('should read %j', (line, timestamp) => {
    expect(readTimestampLine(line)).toEqual(timestamp);
  });

  it.each([
    ['a sentence that mentions a date', 'On September 24, 2023, gunmen attacked the village.'],
    ['a headline with a date', 'Kosovo: what happened on 24 September 2023'],
    ['a time with a word that is no label', 'Talks at 10:15'],
    ['a price', '2.45 €'],
    ['a price in dinars', '120.50 RSD'],
    ['a French sentence with a date', 'Le président a parlé le 2 octobre 2023.'],
    ['a count of hours', 'Talks lasted 3 hours'],
    ['a year alone', '2023'],
    ['an empty line', ''],
    ['a Chinese sentence with a date', '10月3日，科索沃宣布解除禁令'],
  ])('should not read %s', (_label, line) => {
    expect(readTimestampLine(line)).toBeUndefined();
  });
});
