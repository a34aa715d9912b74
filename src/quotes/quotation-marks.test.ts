import { describe, expect, it } from 'vitest';
import { maskedMark, pairedQuotationMarks } from './quotation-marks.ts';

/** The text with its masked marks shown as `_`. */
const paired = (text: string) => pairedQuotationMarks(text).replaceAll(maskedMark, '_');

describe('pairedQuotationMarks', () => {
  it('leaves marks that pair two by two as they are', () => {
    const text = '“We are ready,” Kurti said. "We will talk," he added.';
    expect(pairedQuotationMarks(text)).toBe(text);
  });

  it('masks a quotation inside another in the same marks, curly or straight', () => {
    expect(paired('“The so-called “peace plan” is a trap,” Kurti said.')).toBe(
      '“The so-called _peace plan_ is a trap,” Kurti said.',
    );
    expect(paired('"He called it "unprecedented" today," Kirby said.')).toBe(
      '"He called it _unprecedented_ today," Kirby said.',
    );
  });

  it('pairs German marks, whose closing mark is the English opening one', () => {
    expect(paired('„Das ist „nicht“ genug“, sagte er. „Gut“, sagte sie.')).toBe(
      '„Das ist _nicht_ genug“, sagte er. „Gut“, sagte sie.',
    );
  });

  it('masks a straight mark left open by a slip when a quotation is closed after it', () => {
    expect(paired('Kurti called the talks "over. Later, Vučić said: "We are ready."')).toBe(
      'Kurti called the talks _over. Later, Vučić said: "We are ready."',
    );
    expect(paired('He called it "unprecedented. "We are watching," he said.')).toBe(
      'He called it _unprecedented. "We are watching," he said.',
    );
  });

  it('keeps the last mark left open, a quotation that goes on in the next paragraph', () => {
    const text = '"We won," Kurti said. "We will not stop';
    expect(pairedQuotationMarks(text)).toBe(text);
  });

  it('masks a closing mark with nothing open: inches, a slip', () => {
    expect(paired('The 12" screen broke, he said: "We will fix it."')).toBe(
      'The 12_ screen broke, he said: "We will fix it."',
    );
  });

  it('pairs a straight mark after a colon or a comma with no space as a reader does, opening or closing', () => {
    for (const text of [
      '瓦尔加说："我们不会让步。"',
      '"我们不会让步，"瓦尔加说。',
      '"We won,"Kurti said. "Again,"he added.',
    ])
      expect(pairedQuotationMarks(text)).toBe(text);
  });
});
