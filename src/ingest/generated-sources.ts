/**
 * Short, varied, realistic-looking news sources for tests and benchmarks of
 * large batches: a date marker, a headline and two or three paragraphs. Each
 * number gives a distinct headline (it starts with the number), so that the
 * slugs of a batch never collide; the same number always gives the same text.
 */

const places = ['Pristina', 'Mitrovica', 'Belgrade', 'Skopje', 'Tirana', 'Podgorica', 'Sarajevo', 'Brussels'];
const actors = ['the government', 'local police', 'NATO peacekeepers', 'the European Union', 'election monitors'];
const subjects = [
  'talks on the border',
  'a new power plant',
  'the census',
  'a bridge reopening',
  'municipal elections',
];
const verbs = ['announced', 'postponed', 'criticised', 'welcomed', 'reviewed'];
const sentences = [
  'Officials said the decision followed weeks of consultation with residents and business owners.',
  'Critics argued that the plan left too many questions unanswered, among them its cost.',
  'A spokesperson declined to comment on the timetable, citing the ongoing negotiations.',
  'Residents interviewed in the town centre were divided, though most welcomed the news.',
  'The opposition called for a parliamentary inquiry and said it would present its own proposal.',
  'Observers noted that a similar effort had stalled two years ago for lack of funding.',
  'According to figures released on Tuesday, turnout was higher than at any vote since 2019.',
  'The ministry said further details would be published on its website next week.',
];

/** The text of generated source number `n` (from 0). */
export function generatedSource(n: number): string {
  const pick = <T>(list: readonly T[], salt: number): T =>
    list[(n * 7 + salt * 13 + Math.floor(n / 7)) % list.length] as T;
  const place = pick(places, 1);
  const month = String((n % 12) + 1).padStart(2, '0');
  const day = String((n % 28) + 1).padStart(2, '0');
  const headline = `Report ${n} from ${place}: ${capitalised(pick(actors, 2))} ${pick(verbs, 3)} ${pick(subjects, 4)}`;
  const paragraphs = [
    `${place} — ${capitalised(pick(actors, 2))} ${pick(verbs, 3)} ${pick(subjects, 4)} on ${weekday(n)}, ` +
      `in what report number ${n} of this series calls a turning point. ${pick(sentences, 5)}`,
    `${pick(sentences, 6)} ${pick(sentences, 7)}`,
    ...(n % 3 === 0 ? [`${pick(sentences, 8)} The story will be updated.`] : []),
  ];
  return ` date 2023-${month}-${day}\n${headline}\n\n${paragraphs.join('\n\n')}\n`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function weekday(n: number): string {
  return ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][n % 7] ?? 'Monday';
}
