import { describe, expect, it } from 'vitest';
import { readDateline, type Dateline } from './dateline.ts';

describe('readDateline', () => {
  it.each<[string, Omit<Dateline, 'end'>, string]>([
    [
      'WASHINGTON, Sept 29 (Reuters) - The United States said on Friday that talks would resume.',
      { place: 'Washington', date: { month: 9, day: 29 }, agency: 'Reuters' },
      'The United States',
    ],
    [
      'Washington, Oct 2 (AFP) Oct 02, 2023 - The State Department urged both sides to talk.',
      { place: 'Washington', date: { year: 2023, month: 10, day: 2 }, agency: 'AFP' },
      'The State',
    ],
    [
      'PRISTINA, Kosovo, Sept 24 (AP) — Gunmen stormed a village in northern Kosovo.',
      { place: 'Pristina', date: { month: 9, day: 24 }, agency: 'AP' },
      'Gunmen',
    ],
    [
      'BELGRADE/PRISTINA, Sept 25 (Reuters) - Serbia declared a day of mourning.',
      { place: 'Belgrade/Pristina', date: { month: 9, day: 25 }, agency: 'Reuters' },
      'Serbia',
    ],
    [
      'Banjska (Kosovo), 24. septembra 2023. – Naoružana grupa upala je u selo.',
      { place: 'Banjska', date: { year: 2023, month: 9, day: 24 } },
      'Naoružana',
    ],
    ['BERLIN (dpa) - Die Bundesregierung hat am Montag reagiert.', { place: 'Berlin', agency: 'dpa' }, 'Die'],
    [
      'NEW YORK, 29. September 2023 (dpa) – Die Vereinten Nationen berieten am Freitag.',
      { place: 'New York', date: { year: 2023, month: 9, day: 29 }, agency: 'dpa' },
      'Die',
    ],
    ['BEOGRAD – Predsednik Srbije obratio se javnosti u nedelju uveče.', { place: 'Beograd' }, 'Predsednik'],
    [
      'Belgrado, 2 oct (EFE).- El presidente serbio negó cualquier implicación.',
      { place: 'Belgrado', date: { month: 10, day: 2 }, agency: 'EFE' },
      'El presidente',
    ],
    [
      '(ANSA) - BELGRADO, 02 OTT - Il premier kosovaro ha accusato la Serbia.',
      { place: 'Belgrado', date: { month: 10, day: 2 }, agency: 'ANSA' },
      'Il premier',
    ],
    ['WASHINGTON, Sept 29 (Reuters) -', { place: 'Washington', date: { month: 9, day: 29 }, agency: 'Reuters' }, ''],
    // A line of its own, the text on the next.
    ['Pristina, 2. Oktober 2023', { place: 'Pristina', date: { year: 2023, month: 10, day: 2 } }, ''],
    ['Приштина, 2. октобар 2023.', { place: 'Приштина', date: { year: 2023, month: 10, day: 2 } }, ''],
    ['Beograd, 3. oktobra 2023. godine', { place: 'Beograd', date: { year: 2023, month: 10, day: 3 } }, ''],
    ['Брюссель, 29 сентября 2023 года', { place: 'Брюссель', date: { year: 2023, month: 9, day: 29 } }, ''],
    ['Prishtinë, 3 tetor 2023', { place: 'Prishtinë', date: { year: 2023, month: 10, day: 3 } }, ''],
    ['Paris, 29 septembre 2023', { place: 'Paris', date: { year: 2023, month: 9, day: 29 } }, ''],
    ['BRUSSELS, Oct 2 (Reuters)', { place: 'Brussels', date: { month: 10, day: 2 }, agency: 'Reuters' }, ''],
    ['Zagreb, 2. listopada 2023.', { place: 'Zagreb', date: { year: 2023, month: 10, day: 2 } }, ''],
    ['Скопје, 2 октомври 2023', { place: 'Скопје', date: { year: 2023, month: 10, day: 2 } }, ''],
    ['Priştine, 2 Ekim 2023', { place: 'Priştine', date: { year: 2023, month: 10, day: 2 } }, ''],
    [
      'БЕЛГРАД, 3 окт — РИА Новости. Президент Сербии выступил в среду.',
      { place: 'Белград', date: { month: 10, day: 3 }, agency: 'РИА Новости' },
      'Президент',
    ],
    [
      'БЕЛГРАД, 3 окт — Президент. Сербии выступил в среду.',
      { place: 'Белград', date: { month: 10, day: 3 } },
      'Президент\\. ',
    ],
    [
      '新华社贝尔格莱德10月3日电 塞尔维亚总统3日表示，局势稳定。',
      { place: '贝尔格莱德', date: { month: 10, day: 3 }, agency: '新华社' },
      '塞尔维亚',
    ],
    [
      '新华社布鲁塞尔2023年9月29日电（记者张伟）北约秘书长29日说。',
      { place: '布鲁塞尔', date: { year: 2023, month: 9, day: 29 }, agency: '新华社' },
      '北约',
    ],
  ])('should read %j', (line, dateline, after) => {
    const read = readDateline(line);
    expect(read && { ...read, end: undefined }).toEqual({ ...dateline, end: undefined });
    expect(line.slice(read?.end)).toMatch(new RegExp(`^${after}`));
  });

  it.each([
    ['a sentence beginning with a place', 'Washington, which has backed the talks, said - in effect - nothing.'],
    ['a headline with a dash', 'Kosovo – Serbia talks fail again'],
    ['a place in capitals before a short text', 'NATO – a timeline'],
    ['a sentence with a date', 'On September 24, 2023 - a Sunday - gunmen attacked.'],
    ['a place and lower-case words', 'Washington and Moscow - both said nothing at all today.'],
    ['no dash', 'WASHINGTON, Sept 29 (Reuters) The United States said on Friday.'],
    ['a hyphenated word', 'Jean-Luc Picard said on Friday that he would return home.'],
    ['a line of a place alone', 'Pristina'],
    ['a line of places without a date', 'Pristina, Kosovo'],
    ['a line of an agency without a date', 'BERLIN (dpa)'],
    ['a line of a place and more words', 'Pristina, 2 October 2023 was a quiet day'],
    ['a Chinese sentence with a date', '塞尔维亚总统10月3日在贝尔格莱德表示，局势稳定。'],
    [
      'a parenthesis before a dash that is no agency',
      '(Updated) - Kosovo police said on Monday that the border was calm.',
    ],
  ])('should not read %s', (_label, line) => {
    expect(readDateline(line)).toBeUndefined();
  });
});
