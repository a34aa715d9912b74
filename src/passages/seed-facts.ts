/**
 * The seed articles' sentences labelled by their main fact, to score
 * shared-passage detection on real rewrites (`npm run evaluate:passages`).
 * Two sentences of different reports share a label when one retells the
 * other: the same event, statement or claim by the same actors, however
 * reworded; a sentence that retells two facts has both labels; `null` for a
 * sentence no other report retells, or background.
 * Labelled by reading, before looking at what the detector finds (second
 * facts were added on a later reading of every sentence). Each
 * sentence is given by its first 40 characters, so that a change in how
 * articles are split into sentences shows as an error, not as a score.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleFiles, articleId } from '../discover/article-files.ts';
import { readBody } from '../ingest/read-article.ts';
import { frontmatterDate } from '../schemas/dates.ts';
import type { TestReport } from './passage-test-set.ts';
import { sentencesOf } from './sentences-of.ts';

const seedFacts: Record<string, [string, string | string[] | null][]> = {
  'nato-has-announced-an-increase-in-its-peacekeeping-forces': [
    ['NATO has announced an increase in its pe', 'nato-reinforces-kfor'],
    ['The move comes in response to a recent m', ['nato-reinforces-kfor', 'us-calls-serbia-withdraw']],
    ['The mounting tensions can be traced back', 'banjska-attack'],
    ['Amidst gun battles, a Kosovo policeman a', 'attack-casualties'],
    ['Kosovo Prime Minister Albin Kurti expres', null],
    ['He pointed out that Serbia has acquired ', null],
    ['Instead of using direct quotes from Kurt', null],
    ['It is worth noting that Kosovo declared ', 'kosovo-independence-2008'],
    ['This ongoing dispute contributes to the ', null],
    ['The White House’s National Security Coun', ['wh-buildup-unprecedented', 'buildup-destabilizing']],
    ['The United States called on Serbia to wi', 'us-calls-serbia-withdraw'],
    ['Secretary of State Antony Blinken person', 'blinken-calls-vucic'],
    ['Moreover, the United Kingdom announced i', 'uk-troops-for-kfor'],
    ['Meanwhile, Milan Radoicic, the vice pres', 'radoicic-admits-role'],
    ['The U.S. ambassador to Kosovo, Jeffrey M', 'attack-coordinated-sophisticated'],
    ['He noted the significant quantity of wea', null],
    ['Efforts to broker a lasting peace betwee', null],
  ],
  'recent-events-in-kosovo-have-raised-concerns-about-stability': [
    ['Recent events in Kosovo have raised conc', 'us-concern-serbian-buildup'],
    ['The United States, among other internati', 'us-calls-serbia-withdraw'],
    ['The increased presence of NATO forces in', 'nato-reinforces-kfor'],
    ['An incident involving around 30 heavily ', ['banjska-attack', 'monastery-barricade']],
    ['Three attackers and one police officer w', 'attack-casualties'],
    ['The seriousness of the situation cannot ', null],
    ['The types and quantity of arms found at ', 'kirby-weapons-threat'],
    ['The need for justice and accountability ', null],
    ['The United States, through White House n', 'kirby-investigation-cooperation'],
    ['It is crucial to determine the motives a', null],
    ['Kosovo’s declaration of independence fro', 'kosovo-independence-2008'],
    ['The ethnic Albanian majority in Kosovo s', null],
    ['The presence of Serbian forces along the', null],
    ['In response to these developments, U.S. ', 'blinken-calls-vucic'],
    ['Similarly, White House national security', 'sullivan-talks-kurti'],
    ['The international community must closely', null],
    ['Prompt and decisive action, including di', null],
    ['Cooperation between all parties involved', null],
  ],
  'tensions-are-rising-at-the-serbia-and-kosovo-border-nato': [
    ['The spokesperson for the National Securi', 'us-calls-serbia-withdraw'],
    ['The White House representative confirmed', 'nato-reinforces-kfor'],
    ['Kirby, quoted by Reuters and AFP agencie', 'wh-buildup-unprecedented'],
    ['The spokesman also informed that US Secr', 'blinken-calls-vucic'],
    ['During the conversation, Blinken urged V', 'blinken-calls-vucic'],
    ["Additionally, the U.S. president's natio", 'sullivan-talks-kurti'],
    ['The North Atlantic Alliance announced ea', 'nato-reinforces-kfor'],
    ['However, no details were given on the nu', null],
    ['The UK Defense Ministry announced that i', 'uk-troops-for-kfor'],
    ['Let us remind you that on September 24 t', 'banjska-attack'],
    ['The Serbs barricaded themselves in the l', 'monastery-barricade'],
    ['Late at night, Kosovo police managed to ', null],
    ['During the fights, three attackers and o', 'attack-casualties'],
    ['Kosovo, which declared independence in 2', 'kosovo-independence-2008'],
    ['Serbia has not recognized the independen', 'kosovo-independence-2008'],
    ['Ethnic Albanians make up the majority in', null],
    ['NATO peacekeeping forces - KFOR, are sta', null],
  ],
  'the-recent-deployment-of-serbian-tanks-and-artillery-near': [
    ['The recent deployment of Serbian tanks a', 'us-concern-serbian-buildup'],
    ['In what the White House has called an “u', 'wh-buildup-unprecedented'],
    ['The violence, which resulted in the deat', 'attack-casualties'],
    ['The United States has urged Belgrade to ', ['us-calls-serbia-withdraw', 'buildup-destabilizing']],
    ['US Secretary of State Antony Blinken has', 'blinken-calls-vucic'],
    ['While Vucic has not directly denied the ', null],
    ['The purpose of the Serbian military mobi', null],
    ['However, the US National Security Counci', null],
    ['US officials have emphasized the importa', null],
    ['The clashes in Kosovo last weekend began', ['banjska-attack', 'attack-casualties']],
    ['Several dozen assailants then barricaded', ['monastery-barricade', 'attack-casualties']],
    ['The sophistication and organization of t', 'attack-coordinated-sophisticated'],
    ['In response to these developments, the N', 'nato-reinforces-kfor'],
    ['NATO Secretary-General Jens Stoltenberg ', 'nato-reinforces-kfor'],
    ['Kosovo, which broke away from Serbia in ', 'kosovo-independence-2008'],
    ['The recent escalation in northern Kosovo', null],
  ],
  'us-monitors-large-serbian-force-along-kosovo-border-white-house': [
    ['The White House stated that there is an ', 'wh-buildup-unprecedented'],
    ['The White House expressed concern Friday', 'us-concern-serbian-buildup'],
    ['Hence, the White House called for the im', 'us-calls-serbia-withdraw'],
    ['John Kirby, the White House national sec', 'nato-reinforces-kfor'],
    ['Over the weekend, Kosovo authorities rep', 'banjska-attack'],
    ['They barricaded themselves in a Serbian ', ['monastery-barricade', 'attack-casualties']],
    ['This confrontation has raised internatio', null],
    ['Kirby emphasized that this attack was no', 'kirby-weapons-threat'],
    ['He called for a thorough investigation a', 'kirby-investigation-cooperation'],
    ['Describing the significant Serbian milit', ['us-calls-serbia-withdraw', 'buildup-destabilizing']],
    ['Furthermore, US Secretary of State Anton', ['blinken-calls-vucic', 'sullivan-talks-kurti']],
    ['Earlier on Friday, September 29, NATO au', 'nato-reinforces-kfor'],
    ['Stoltenberg also urged all parties to de', null],
    ['This comes after a Kosovo police officer', 'attack-casualties'],
    ['The incident occurred around 3:00 AM loc', 'banjska-attack'],
    ['Vice President of Lista Srpska, Milan Ra', 'radoicic-admits-role'],
  ],
};

/**
 * The labelled seed articles found in `folder`, as test reports: the
 * sentences of their paragraphs, which the build compares (subheadings and
 * page furniture it does not); an empty list when the folder holds none of
 * them (an archive of other articles).
 */
export function seedReports(folder: string): TestReport[] {
  return articleFiles(folder).flatMap((file) => {
    const id = articleId(file);
    // Own labels only: an article named `constructor` is no seed.
    const labels = Object.hasOwn(seedFacts, id) ? seedFacts[id] : undefined;
    if (!labels) return [];
    const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
    const date = frontmatterDate(frontmatter.date);
    const sentences = readBody(content, { editorMarks: true })
      .filter(({ kind }) => kind === 'paragraph')
      .flatMap(({ text }) => sentencesOf(text));
    if (sentences.length !== labels.length || sentences.some((text, i) => !text.startsWith(labels[i]?.[0] ?? ''))) {
      throw new Error(
        `${path.basename(file)}: its sentences no longer match the labels in seed-facts.ts: label them again`,
      );
    }
    return [
      {
        id,
        ...(date ? { date } : {}),
        sentences: sentences.map((text, i) => {
          const fact = labels[i]?.[1];
          return fact ? { text, fact } : { text };
        }),
      },
    ];
  });
}
