/**
 * A second test set for quote attribution, held out: written by a reader
 * who had not seen the finder's code, its rules or its test set, from the
 * issue's rule alone (attribute a quotation where the text says who spoke
 * it; leave it unattributed rather than guess). `npm run evaluate:quotes`
 * scores both sets.
 *
 * Conventions (as a careful editor would label):
 * - A quotation that runs on into the next paragraph (news style: no closing mark, the next
 *   paragraph opens a new mark) counts once per paragraph segment, as the finder reads paragraphs.
 * - Names of papers, broadcasters, parties and operations in quotation marks are not quotations;
 *   neither is a one-word quote.
 * - An unnamed speaker (a spokesman for X, officials, an aide, sources, "the company" with no name
 *   listed) is null; a named body spoken for in the body's own voice ("it said", "according to a
 *   statement from X", "a spokeswoman for the White House said") is the body.
 * - Places never speak (a capital used for its government is null when the glossary lists it as a place).
 */
import type { QuoteCase } from './quote-test-set.ts';

type Name = QuoteCase['names'][number];
const p = (name: string, entity: string, inflected = false): Name => ({
  name,
  entity,
  kind: 'person',
  ...(inflected ? { inflected } : {}),
});
const o = (name: string, entity: string, inflected = false): Name => ({
  name,
  entity,
  kind: 'organization',
  ...(inflected ? { inflected } : {}),
});
const s = (name: string, entity: string, inflected = false): Name => ({
  name,
  entity,
  kind: 'state',
  ...(inflected ? { inflected } : {}),
});
const pl = (name: string, entity: string, inflected = false): Name => ({
  name,
  entity,
  kind: 'place',
  ...(inflected ? { inflected } : {}),
});

export const heldOut: QuoteCase[] = [
  // ───────────────────────────── English ─────────────────────────────
  // 1. said + apposition
  {
    text: '“We will not allow this to stand,” said Marta Oyelaran, the mayor of Brockhurst, after the council vote on Tuesday. Opponents of the scheme had branded it “a betrayal of the town” in leaflets.',
    names: [p('Marta Oyelaran', 'marta-oyelaran'), pl('Brockhurst', 'brockhurst')],
    speakers: ['marta-oyelaran', null],
  },
  // 2. speaker named long before, only person in the article
  {
    text: 'Daniel Reyes-Whitfield spent eleven years as harbour master in Port Calloway before the storm took the pier.\n\nThe town has since rebuilt most of the waterfront, but the fishing fleet never came back. Locals still call the new promenade “the road to nowhere”.\n\n“Half the boats you see here are for tourists now,” he said.',
    names: [p('Daniel Reyes-Whitfield', 'daniel-reyes-whitfield'), pl('Port Calloway', 'port-calloway')],
    speakers: [null, 'daniel-reyes-whitfield'],
  },
  // 3. two men named together, then "he said": unclear
  {
    text: 'Interior Minister Tomas Hale and his Dutch counterpart Pieter Voss met in Rotterdam on Monday. “We agreed to share data on smuggling routes in real time,” he said.',
    names: [p('Tomas Hale', 'tomas-hale'), p('Pieter Voss', 'pieter-voss'), pl('Rotterdam', 'rotterdam')],
    speakers: [null],
  },
  // 4. "she said" with one woman and one man (the man nearer)
  {
    text: 'Councillor Grace Okafor clashed with the developer’s lawyer, Martin Lisle, during the three-hour hearing. “This plan was written for investors, not for the people who live here,” she said.',
    names: [p('Grace Okafor', 'grace-okafor'), p('Martin Lisle', 'martin-lisle')],
    speakers: ['grace-okafor'],
  },
  // 5. quote inside reported speech: the agency's words, quoted by the senator
  {
    text: 'Senator Ruth Abernathy said the agency had described the outage as “a minor technical disruption,” a claim she rejected on Thursday.',
    names: [p('Ruth Abernathy', 'ruth-abernathy')],
    speakers: [null],
  },
  // 6. someone recalling someone else's words
  {
    text: 'Union leader Frank Delaney recalled that the plant manager had told workers “nobody here will lose their job” only weeks before the closure was announced.',
    names: [p('Frank Delaney', 'frank-delaney')],
    speakers: [null],
  },
  // 7. X accused Y of …, calling it “…”
  {
    text: 'Opposition leader Hana Petrova accused Prime Minister Ivo Laska of hiding the audit from parliament, calling it “a cover-up of historic proportions.” Government sources dismissed the accusation as “political theatre.”',
    names: [p('Hana Petrova', 'hana-petrova'), p('Ivo Laska', 'ivo-laska')],
    speakers: ['hana-petrova', null],
  },
  // 8. X responded to Y's claim that “…”: Y's words
  {
    text: 'Laska responded on Wednesday to Petrova’s claim that the government was “running out of money,” saying reserves stood at a record high.',
    names: [p('Laska', 'ivo-laska'), p('Petrova', 'hana-petrova')],
    speakers: ['hana-petrova'],
  },
  // 9. Y's statement, which X called “…”
  {
    text: 'The finance ministry’s statement, which Petrova called “an insult to every pensioner in this country,” was published late on Friday.',
    names: [p('Petrova', 'hana-petrova')],
    speakers: ['hana-petrova'],
  },
  // 10. headline with colon
  {
    text: 'Kirby: “No decision yet” on new aid package',
    names: [p('Kirby', 'john-kirby')],
    speakers: ['john-kirby'],
  },
  // 11. headline, scare quote from an unnamed report
  {
    text: 'Flood defences “not fit for purpose”, council report finds',
    names: [],
    speakers: [null],
  },
  // 12. interview: two quotes by the interviewee
  {
    text: 'The walkout, which management has called “illegal and irresponsible”, entered its fifth week on Monday. In an interview with the Ledger, union secretary Ana Kovach was asked whether the strike could end this week.\n\n“Not unless the board comes back with a real offer,” Kovach said. “We have waited four months already.”',
    names: [p('Ana Kovach', 'ana-kovach'), p('Kovach', 'ana-kovach')],
    speakers: [null, 'ana-kovach', 'ana-kovach'],
  },
  // 13. "Asked …, X replied:"
  {
    text: 'Asked whether Brussels would extend the deadline, Commissioner Lena Marchetti replied: “We have been very clear about this. There will be no extension.”\n\nDiplomats had expected “a softer line” from the Commission after last month’s summit.',
    names: [pl('Brussels', 'brussels'), p('Lena Marchetti', 'lena-marchetti')],
    speakers: ['lena-marchetti', null],
  },
  // 14. Q&A transcript: the interviewer quotes the interviewee back ("You have called …")
  {
    text: 'Dietrich Falk, chief executive of Nordbank, spoke to us about the proposed merger.\n\nQuestion: You have called the merger “a historic mistake.” Do you still think so?\n\nFalk: Yes. The two banks have nothing in common except their debts.',
    names: [p('Dietrich Falk', 'dietrich-falk'), p('Falk', 'dietrich-falk'), o('Nordbank', 'nordbank')],
    speakers: ['dietrich-falk'],
  },
  // 15. told AFP, anonymous official
  {
    text: '“The border is closed to everyone, including the aid trucks,” a local official told AFP on condition of anonymity.',
    names: [o('AFP', 'afp')],
    speakers: [null],
  },
  // 16. named person told AFP
  {
    text: 'Jonas Berg, 54, a farmer from Elmsted, told AFP: “We lost the whole harvest in one night.”',
    names: [p('Jonas Berg', 'jonas-berg'), pl('Elmsted', 'elmsted'), o('AFP', 'afp')],
    speakers: ['jonas-berg'],
  },
  // 17. said in a statement (organization)
  {
    text: 'Passengers described the scene at Kelford station as “total chaos”. “The company regrets any inconvenience caused to passengers,” Skyline Rail said in a statement on Sunday.',
    names: [o('Skyline Rail', 'skyline-rail')],
    speakers: [null, 'skyline-rail'],
  },
  // 18. wrote on X
  {
    text: 'Foreign Minister Aylin Demir wrote on X that the talks in Geneva had been “constructive but difficult.” A Western diplomat described the mood in the room as “frosty at best.”',
    names: [p('Aylin Demir', 'aylin-demir'), pl('Geneva', 'geneva')],
    speakers: ['aylin-demir', null],
  },
  // 19. wrote on Telegram
  {
    text: 'Regional governor Pavel Sorokin wrote on Telegram that air defence units had shot down “all of the incoming drones,” adding that there were no casualties.\n\nResidents of the village told local media they had heard “at least six explosions” overnight.',
    names: [p('Pavel Sorokin', 'pavel-sorokin')],
    speakers: ['pavel-sorokin', null],
  },
  // 20. quote continuing across paragraphs (three segments)
  {
    text: '“This is the worst fire season we have recorded since 1998,” said fire chief Olu Banjo. “We have crews working 18-hour shifts.\n\n“Some of them have not been home in a week.”',
    names: [p('Olu Banjo', 'olu-banjo')],
    speakers: ['olu-banjo', 'olu-banjo', 'olu-banjo'],
  },
  // 21. paraphrase, then quote with "she said"
  {
    text: 'The health minister, Ines Valdivia, said hospitals would receive extra staff before the winter. “No patient should wait on a trolley in a corridor,” she said. Nurses’ leaders said the promise was “too little, too late.”',
    names: [p('Ines Valdivia', 'ines-valdivia')],
    speakers: ['ines-valdivia', null],
  },
  // 22. paraphrase, then a bare quote (news convention: same speaker)
  {
    text: 'Valdivia said the money would come from the contingency fund. “It is there for exactly this kind of emergency.”',
    names: [p('Valdivia', 'ines-valdivia')],
    speakers: ['ines-valdivia'],
  },
  // 23. scare quote, no one
  {
    text: 'The so-called “golden visa” scheme has drawn sharp criticism from anti-corruption groups, who say it lets wealthy foreigners buy residency.',
    names: [],
    speakers: [null],
  },
  // 24. a spokesman for a person: the spokesman speaks
  {
    text: 'A spokesman for Mayor Eliza Crane said the closure of the library was “temporary and necessary.”',
    names: [p('Eliza Crane', 'eliza-crane')],
    speakers: [null],
  },
  // 25. an aide to a person
  {
    text: '“He is exhausted but in good spirits,” an aide to Senator Paul Whitcombe said on Saturday evening.',
    names: [p('Paul Whitcombe', 'paul-whitcombe')],
    speakers: [null],
  },
  // 26. a person's office (not a glossary body, not the person)
  {
    text: 'Senator Whitcombe’s office said in a statement that he would “cooperate fully with investigators.”',
    names: [p('Whitcombe', 'paul-whitcombe')],
    speakers: [null],
  },
  // 27. according to a statement from an organization
  {
    text: 'The plant will reopen in March, according to a statement from Halden Steel, which said repairs to the blast furnace had been “far more extensive than expected.”',
    names: [o('Halden Steel', 'halden-steel')],
    speakers: ['halden-steel'],
  },
  // 28. passive "was quoted as saying", newspaper named
  {
    text: 'Central bank governor Mirela Stan was quoted by the Financial Post as saying that inflation had “not yet peaked.” Analysts had expected her to signal “a pause in rate rises.”',
    names: [p('Mirela Stan', 'mirela-stan'), o('Financial Post', 'financial-post')],
    speakers: ['mirela-stan', null],
  },
  // 29. "they said" for a named body
  {
    text: 'Harwick Police have appealed for witnesses after the attack. “Anyone who was on Mill Lane between 10pm and midnight should contact us,” they said.',
    names: [o('Harwick Police', 'harwick-police'), pl('Harwick', 'harwick')],
    speakers: ['harwick-police'],
  },
  // 30. unnamed speaker, next sentence starts with another person's name
  {
    text: '“We are not going to raise taxes this year,” the finance minister told parliament. Olsen, the opposition’s budget spokesman, called the promise “an election trick.”',
    names: [p('Olsen', 'erik-olsen')],
    speakers: [null, 'erik-olsen'],
  },
  // 31. a spokeswoman for the White House: the body speaking through its spokesperson (labelled as the body)
  {
    text: '“The president has full confidence in the secretary,” a spokeswoman for the White House said.',
    names: [o('White House', 'white-house')],
    speakers: ['white-house'],
  },
  // 32. Kirby told reporters; then Kirby said
  {
    text: 'National Security Council spokesman John Kirby told reporters the United States was “deeply concerned” by the reports. “We’re watching this very, very closely,” Kirby said.\n\nOne senior official, speaking on condition of anonymity, said the intelligence was “credible but incomplete.”',
    names: [p('John Kirby', 'john-kirby'), p('Kirby', 'john-kirby'), s('United States', 'united-states')],
    speakers: ['john-kirby', 'john-kirby', null],
  },
  // 33. according to the White House
  {
    text: 'The president will travel to Warsaw next week to “reaffirm an unshakeable commitment to our allies,” according to the White House.',
    names: [pl('Warsaw', 'warsaw'), o('White House', 'white-house')],
    speakers: ['white-house'],
  },
  // 34. officials said, a named person nearby
  {
    text: 'The body of Ramon Estes, 34, was recovered from the river on Sunday. “There is no evidence of foul play at this stage,” officials said.',
    names: [p('Ramon Estes', 'ramon-estes')],
    speakers: [null],
  },
  // 35. description of a person by others
  {
    text: 'Neighbours described Estes as “a quiet man who kept to himself” and said he had lived on the street for a decade.',
    names: [p('Estes', 'ramon-estes')],
    speakers: [null],
  },
  // 36. newspaper name in quotes (not a quotation); reported words of unclear source
  {
    text: 'The daily “Morning Ledger” reported on Monday that Mayor Crane had “no intention of resigning” over the affair.',
    names: [o('Morning Ledger', 'morning-ledger'), p('Crane', 'eliza-crane')],
    speakers: [null],
  },
  // 37. broadcaster name in quotes (not a quotation)
  {
    text: 'Speaking to “Radio Free Europe”, the activist Lejla Hodžić said the arrests were “meant to frighten everyone else.”',
    names: [o('Radio Free Europe', 'rfe-rl'), p('Lejla Hodžić', 'lejla-hodzic')],
    speakers: ['lejla-hodzic'],
  },
  // 38. operation name (not a quotation), named ministry speaks
  {
    text: 'Estovia’s Defence Ministry said the operation, code-named “Iron Shield”, had achieved “all of its objectives” and that troops were returning to barracks.',
    names: [s('Estovia', 'estovia'), o('Defence Ministry', 'estovia-defence-ministry')],
    speakers: ['estovia-defence-ministry'],
  },
  // 39. party name in quotes (not a quotation)
  {
    text: 'Members of the “Citizens for Change” party walked out of the session, with their leader Borko Ilić calling the vote “a farce.”',
    names: [p('Borko Ilić', 'borko-ilic')],
    speakers: ['borko-ilic'],
  },
  // 40. one-word quote (not a quotation) then a real one
  {
    text: 'Crane called the report “unprecedented” and said the city would “act on every single recommendation.”',
    names: [p('Crane', 'eliza-crane')],
    speakers: ['eliza-crane'],
  },
  // 41. live blog: name, colon
  {
    text: '14:32 — Zelensky: “We need air defence, not promises.”\n\n14:45 — Air raid sirens are sounding again in Kharkiv. Residents are being urged to stay in shelters “until the all-clear is given.”',
    names: [p('Zelensky', 'volodymyr-zelensky')],
    speakers: ['volodymyr-zelensky', null],
  },
  // 42. live blog entries
  {
    text: '09:15 — NATO Secretary General Mark Rutte has arrived in Vilnius. “Our eastern flank is secure,” Rutte told reporters.\n\n09:40 — Lithuanian officials said the meeting would run “well into the afternoon.”',
    names: [o('NATO', 'nato'), p('Mark Rutte', 'mark-rutte'), p('Rutte', 'mark-rutte'), pl('Vilnius', 'vilnius')],
    speakers: ['mark-rutte', null],
  },
  // 43. press-release rewrite
  {
    text: 'Meridian Health announced on Thursday that it will open three new clinics in the county. “Access to primary care should not depend on your postcode,” said chief executive Alan Pryce. Local campaigners welcomed the move but said it was “long overdue.”',
    names: [o('Meridian Health', 'meridian-health'), p('Alan Pryce', 'alan-pryce')],
    speakers: ['alan-pryce', null],
  },
  // 44. "the company said" for a named company, a person named nearer
  {
    text: 'Brightwater Foods has appointed Karen Lowe as finance director. “We are delighted to welcome Karen to the board,” the company said.',
    names: [o('Brightwater Foods', 'brightwater-foods'), p('Karen Lowe', 'karen-lowe'), p('Karen', 'karen-lowe')],
    speakers: ['brightwater-foods'],
  },
  // 45. promise reported by a named person, made by an unnamed one
  {
    text: 'Kovach said the board chairman had promised “a fair deal for every worker” in May, but had then cut overtime pay.',
    names: [p('Kovach', 'ana-kovach')],
    speakers: [null],
  },
  // 46. according to + named person
  {
    text: 'The bridge was “never designed for this kind of traffic,” according to engineer Samuel Adeyemi, who inspected it in 2019. Commuters have long complained of “a bridge that shakes like a leaf.”',
    names: [p('Samuel Adeyemi', 'samuel-adeyemi')],
    speakers: ['samuel-adeyemi', null],
  },
  // 47. a state speaks
  {
    text: 'Russia called the new sanctions “economic warfare” and vowed to respond in kind. Western officials described the measures as “carefully targeted.”',
    names: [s('Russia', 'russia')],
    speakers: ['russia', null],
  },
  // 48. capital listed as a place: places never speak
  {
    text: 'Beijing described the naval exercises as “a serious provocation” and summoned the Japanese ambassador.',
    names: [pl('Beijing', 'beijing')],
    speakers: [null],
  },
  // 49. speaker before the other person named after the verb
  {
    text: '“We will not be bullied,” Prime Minister Anna Lind said after meeting Chancellor Otto Kramm in Stockholm.',
    names: [p('Anna Lind', 'anna-lind'), p('Otto Kramm', 'otto-kramm'), pl('Stockholm', 'stockholm')],
    speakers: ['anna-lind'],
  },
  // 50. two speakers, "he added" after the man's sentence
  {
    text: '“We have agreed on the timetable,” Lind said. Kramm was more cautious. “There are still details to resolve,” he added.',
    names: [p('Lind', 'anna-lind'), p('Kramm', 'otto-kramm')],
    speakers: ['anna-lind', 'otto-kramm'],
  },
  // 51. "she said" after a paragraph break with a man named nearer
  {
    text: 'Lind spent the morning in Kiruna, where she toured the new mine.\n\nLocal union leader Stig Ahlgren accompanied her. “This mine will be here for a hundred years,” she said.',
    names: [p('Lind', 'anna-lind'), pl('Kiruna', 'kiruna'), p('Stig Ahlgren', 'stig-ahlgren')],
    speakers: ['anna-lind'],
  },
  // 52. X told Y
  {
    text: '“You have my full support,” Kramm told Lind as they left the summit.',
    names: [p('Kramm', 'otto-kramm'), p('Lind', 'anna-lind')],
    speakers: ['otto-kramm'],
  },
  // 53. passive "was told by"
  {
    text: 'Lind was told by Kramm that there was “no appetite in Berlin” for new joint borrowing.',
    names: [p('Lind', 'anna-lind'), p('Kramm', 'otto-kramm'), pl('Berlin', 'berlin')],
    speakers: ['otto-kramm'],
  },
  // 54. a remark by one, answered by another
  {
    text: 'Asked about Kramm’s remark that Europe was “sleepwalking into a crisis,” Lind said: “I don’t share that pessimism.”',
    names: [p('Kramm', 'otto-kramm'), pl('Europe', 'europe'), p('Lind', 'anna-lind')],
    speakers: ['otto-kramm', 'anna-lind'],
  },
  // 55. said + who-clause naming an organization
  {
    text: '“The data speaks for itself,” said Dr Farah Nasser, who led the study with colleagues at Linwood University. Nasser said: “We were surprised by how quickly the effect appeared.”',
    names: [
      p('Farah Nasser', 'farah-nasser'),
      p('Nasser', 'farah-nasser'),
      o('Linwood University', 'linwood-university'),
    ],
    speakers: ['farah-nasser', 'farah-nasser'],
  },
  // 56. a report written by a named body
  {
    text: 'The report, published by the Audit Office on Tuesday, says the project was “poorly managed from the outset.”',
    names: [o('Audit Office', 'audit-office')],
    speakers: ['audit-office'],
  },
  // 57. headline: quote, says + organization
  {
    text: 'Storm damage “worse than 2014”, says insurer Covely',
    names: [o('Covely', 'covely')],
    speakers: ['covely'],
  },
  // 58. headline: quote, colon, unnamed speaker with a place
  {
    text: '“We will rebuild”: Brockhurst mayor vows after floods',
    names: [pl('Brockhurst', 'brockhurst')],
    speakers: [null],
  },
  // 59. headline: quote about someone, said by unnamed others
  {
    text: 'Crane “should resign now”, say opposition councillors',
    names: [p('Crane', 'eliza-crane')],
    speakers: [null],
  },
  // 60. a name inside the quote, the speaker after
  {
    text: '“Mr Hale has misled this house,” said Tessa Grant, the shadow home secretary. Government backbenchers shouted “withdraw” and “shame on you”.',
    names: [p('Hale', 'tomas-hale'), p('Tessa Grant', 'tessa-grant')],
    speakers: ['tessa-grant', null],
  },
  // 61. lawyer for a person (unnamed lawyer)
  {
    text: 'Ramon Estes appeared in court on Monday. “My client denies every one of these charges,” his lawyer told the court.',
    names: [p('Ramon Estes', 'ramon-estes')],
    speakers: [null],
  },
  // 62. two speakers in one paragraph; split quote (two segments) — straight quotes
  {
    text: '"It\'s a good first step," said Hale. "It is nowhere near enough," countered Grant.\n\n"The reform," Hale said later, "will be in force by January."',
    names: [p('Hale', 'tomas-hale'), p('Grant', 'tessa-grant')],
    speakers: ['tomas-hale', 'tessa-grant', 'tomas-hale', 'tomas-hale'],
  },
  // 63. a named aide speaks
  {
    text: '“The senator is resting and will make a statement tomorrow,” said Tom Reilly, an aide to Whitcombe.',
    names: [p('Tom Reilly', 'tom-reilly'), p('Whitcombe', 'paul-whitcombe')],
    speakers: ['tom-reilly'],
  },
  // 64. joint statement, "they said": two people, no single speaker
  {
    text: 'Judge Helen Marsh and prosecutor Clara Dunn issued a joint statement on Friday. “We have always acted in good faith,” they said.',
    names: [p('Helen Marsh', 'helen-marsh'), p('Clara Dunn', 'clara-dunn')],
    speakers: [null],
  },
  // 65. a source close to someone
  {
    text: '“He will not run again, whatever the polls say,” a source close to Whitcombe said.',
    names: [p('Whitcombe', 'paul-whitcombe')],
    speakers: [null],
  },
  // 66. named spokeswoman of a company
  {
    text: 'Halden Steel spokeswoman Nina Berger said the plant would be “fully operational by spring.”',
    names: [o('Halden Steel', 'halden-steel'), p('Nina Berger', 'nina-berger')],
    speakers: ['nina-berger'],
  },
  // 67. reporter's question (unnamed) and the minister's reply
  {
    text: '“Will you resign, minister?” a reporter shouted. When pressed again, Hale replied: “Absolutely not.”',
    names: [p('Hale', 'tomas-hale')],
    speakers: [null, 'tomas-hale'],
  },
  // 68. police report a suspect's words
  {
    text: 'Police said Estes had shouted “I didn’t do anything” as officers arrested him outside his flat.',
    names: [p('Estes', 'ramon-estes')],
    speakers: ['ramon-estes'],
  },
  // 69. a possessive remark
  {
    text: 'Whitcombe’s remark that teachers were “overpaid and underworked” drew an angry response from unions.',
    names: [p('Whitcombe', 'paul-whitcombe')],
    speakers: ['paul-whitcombe'],
  },
  // 70. reading out someone else's letter
  {
    text: 'Grant read out a letter from Whitcombe, who wrote that he had been “treated like a criminal by his own party.”',
    names: [p('Grant', 'tessa-grant'), p('Whitcombe', 'paul-whitcombe')],
    speakers: ['paul-whitcombe'],
  },
  // 71. a state, "it said"
  {
    text: 'Estovia summoned the Valdanian ambassador on Tuesday. “This is a grave violation of our airspace,” it said.',
    names: [s('Estovia', 'estovia')],
    speakers: ['estovia'],
  },
  // 72. two named people across paragraphs, "he said" with one man, one woman
  {
    text: '“We were told to leave within an hour,” said Amira Haddad, who fled with her three children.\n\nHer neighbour, Youssef Karam, stayed behind. “Where would I go?” he said.',
    names: [p('Amira Haddad', 'amira-haddad'), p('Youssef Karam', 'youssef-karam')],
    speakers: ['amira-haddad', 'youssef-karam'],
  },
  // 73. unnamed mother, a school named
  {
    text: '“We just want our children to be safe,” said one mother waiting outside Elmwood Primary.',
    names: [o('Elmwood Primary', 'elmwood-primary')],
    speakers: [null],
  },
  // 74. headline: unnamed speaker, place
  {
    text: 'Floods: “We lost everything,” says Brockhurst baker',
    names: [pl('Brockhurst', 'brockhurst')],
    speakers: [null],
  },
  // 75. Kremlin spokesman named
  {
    text: 'Kremlin spokesman Dmitry Peskov told reporters that Moscow considered the proposal “unacceptable in its current form.” Western diplomats called the Russian position “a non-starter.”',
    names: [o('Kremlin', 'kremlin'), p('Dmitry Peskov', 'dmitry-peskov'), pl('Moscow', 'moscow')],
    speakers: ['dmitry-peskov', null],
  },
  // 76. EU Commission, then NATO with two quotes
  {
    text: 'The European Commission said it would “not hesitate to act” if the rules were broken.\n\n“We stand ready to support Moldova,” NATO said in a statement, adding that allies were “following developments closely.”',
    names: [o('European Commission', 'european-commission'), s('Moldova', 'moldova'), o('NATO', 'nato')],
    speakers: ['european-commission', 'nato', 'nato'],
  },
  // 77. critics dub, protesters chant
  {
    text: 'Critics have dubbed Laska’s plan “a tax on breathing.” Outside parliament, protesters chanted “no more lies” until late in the evening.',
    names: [p('Laska', 'ivo-laska')],
    speakers: [null, null],
  },
  // 78. memoir
  {
    text: 'In her memoir, published this week, Helen Marsh writes that the trial was “the hardest year of my life.” Reviewers have called the book “unflinching and deeply personal.”',
    names: [p('Helen Marsh', 'helen-marsh')],
    speakers: ['helen-marsh', null],
  },
  // 79. open letter by unnamed doctors, then a named minister
  {
    text: 'More than 200 doctors signed a letter describing conditions at St Anne’s as “unsafe for patients and staff.” Valdivia said she would visit the hospital on Monday.',
    names: [o('St Anne’s', 'st-annes-hospital'), p('Valdivia', 'ines-valdivia')],
    speakers: [null],
  },

  // ───────────────────────────── German ─────────────────────────────
  {
    text: '„Wir werden die Schließung des Werks nicht hinnehmen“, sagte Betriebsratschef Jürgen Albers am Montag in Wolfsdorf. Vor dem Werkstor hielten Beschäftigte Schilder mit der Aufschrift „Ohne uns kein Auto“ hoch.',
    names: [p('Jürgen Albers', 'juergen-albers'), pl('Wolfsdorf', 'wolfsdorf')],
    speakers: ['juergen-albers', null],
    lang: 'de',
  },
  // genitive name, not the speaker; unnamed statement
  {
    text: 'Die Opposition kritisierte die Pläne Kurtis scharf. Sie seien „ein Angriff auf die Verfassung“, hieß es in einer Erklärung.',
    names: [p('Kurtis', 'albin-kurti', true)],
    speakers: [null],
    lang: 'de',
  },
  {
    text: 'Regierungssprecherin Anke Wollmann sagte, man prüfe „alle rechtlichen Möglichkeiten“. Der Bürgermeister von Lindenau, Horst Beck, nannte den Vorgang dagegen „einen handfesten Skandal“.',
    names: [p('Anke Wollmann', 'anke-wollmann'), pl('Lindenau', 'lindenau'), p('Horst Beck', 'horst-beck')],
    speakers: ['anke-wollmann', 'horst-beck'],
    lang: 'de',
  },
  // reported promise of an unnamed body
  {
    text: 'Albers warf der Konzernleitung vor, sie habe den Beschäftigten noch im Frühjahr „sichere Arbeitsplätze bis 2030“ versprochen.',
    names: [p('Albers', 'juergen-albers')],
    speakers: [null],
    lang: 'de',
  },
  // »…« style, speaker before the agency (dative)
  {
    text: '»Das ist ein schwarzer Tag für die ganze Region«, sagte Landrätin Petra Hollmann der Deutschen Presse-Agentur.',
    names: [p('Petra Hollmann', 'petra-hollmann'), o('Deutschen Presse-Agentur', 'dpa', true)],
    speakers: ['petra-hollmann'],
    lang: 'de',
  },
  // nach Angaben des Ministeriums (genitive, yet the source)
  {
    text: 'Nach Angaben des Innenministeriums wurden die Kontrollen an der Grenze „deutlich verstärkt“. Minister Karl Seidel wollte sich dazu nicht äußern.',
    names: [o('Innenministeriums', 'de-interior-ministry', true), p('Karl Seidel', 'karl-seidel')],
    speakers: ['de-interior-ministry'],
    lang: 'de',
  },
  // two men, "sagte er": unclear
  {
    text: 'Kanzler Otto Kramm und der französische Präsident Luc Martel trafen sich am Dienstag in Berlin. „Wir sind uns in allen wesentlichen Fragen einig“, sagte er.',
    names: [p('Otto Kramm', 'otto-kramm'), p('Luc Martel', 'luc-martel'), pl('Berlin', 'berlin')],
    speakers: [null],
    lang: 'de',
  },
  // newspaper name (not a quotation), reported words of Seidel
  {
    text: 'Die Zeitung „Neue Rheinische Rundschau“ berichtete, Seidel habe intern von einem „Totalversagen der Behörden“ gesprochen.',
    names: [o('Neue Rheinische Rundschau', 'nrr'), p('Seidel', 'karl-seidel')],
    speakers: ['karl-seidel'],
    lang: 'de',
  },

  // ───────────────────────────── French ─────────────────────────────
  {
    text: '« Nous ne céderons pas au chantage », a déclaré jeudi le ministre de l’Intérieur, Paul Moreau. Les syndicats de police dénoncent de leur côté « un effet d’annonce ».',
    names: [p('Paul Moreau', 'paul-moreau')],
    speakers: ['paul-moreau', null],
    lang: 'fr',
  },
  // selon la préfecture (unnamed), mayor named after
  {
    text: 'Selon la préfecture, la situation reste « très tendue » dans le quartier. La maire, Sylvie Garnier, a appelé au calme.',
    names: [p('Sylvie Garnier', 'sylvie-garnier')],
    speakers: [null],
    lang: 'fr',
  },
  {
    text: 'Interrogée par l’AFP, Claire Dufour, porte-parole de l’association Terre Vive, a dénoncé « un mépris total des riverains ».',
    names: [o('AFP', 'afp'), p('Claire Dufour', 'claire-dufour'), o('Terre Vive', 'terre-vive')],
    speakers: ['claire-dufour'],
    lang: 'fr',
  },
  {
    text: 'Paul Moreau a qualifié les manifestants de « casseurs professionnels », provoquant la colère de l’opposition.',
    names: [p('Paul Moreau', 'paul-moreau')],
    speakers: ['paul-moreau'],
    lang: 'fr',
  },
  {
    text: '« C’est une décision historique », s’est félicitée la Commission européenne dans un communiqué.',
    names: [o('Commission européenne', 'european-commission')],
    speakers: ['european-commission'],
    lang: 'fr',
  },
  // the coach's (unnamed) words, the chairman named
  {
    text: 'Le président du club, Marc Lefèvre, a répondu aux critiques de l’entraîneur, qui avait jugé l’effectif « trop court pour jouer le titre ».',
    names: [p('Marc Lefèvre', 'marc-lefevre')],
    speakers: [null],
    lang: 'fr',
  },
  // interview: the interviewer quotes the interviewee back
  {
    text: 'Entretien avec Sylvie Garnier, maire de Valmont.\n\nVous avez qualifié ce projet de « trahison des électeurs ». Le maintenez-vous ?\n\nOui. Ce projet n’a jamais été discuté avec les habitants.',
    names: [p('Sylvie Garnier', 'sylvie-garnier'), pl('Valmont', 'valmont')],
    speakers: ['sylvie-garnier'],
    lang: 'fr',
  },

  // ───────────────────────────── Spanish ─────────────────────────────
  {
    text: '«No vamos a permitir que se cierre el hospital», afirmó la alcaldesa de Villanueva, Carmen Ruiz, durante el pleno. Los vecinos, que llenaban la sala, corearon «la sanidad no se vende».',
    names: [pl('Villanueva', 'villanueva'), p('Carmen Ruiz', 'carmen-ruiz')],
    speakers: ['carmen-ruiz', null],
    lang: 'es',
  },
  // unnamed sources of a named ministry
  {
    text: 'Según fuentes del Ministerio de Sanidad, la medida será «temporal y proporcionada».',
    names: [o('Ministerio de Sanidad', 'es-health-ministry')],
    speakers: [null],
    lang: 'es',
  },
  // accused … of «…», and "este" answered
  {
    text: 'El presidente del Gobierno, Andrés Solana, acusó al líder de la oposición, Javier Prieto, de «mentir a los españoles», y este le respondió que sus datos eran «absolutamente falsos».',
    names: [p('Andrés Solana', 'andres-solana'), p('Javier Prieto', 'javier-prieto')],
    speakers: ['andres-solana', 'javier-prieto'],
    lang: 'es',
  },
  // unnamed spokesman of a named company: the company speaks through him, as the conventions above
  // say of "a spokeswoman for the White House" (first labelled null; made consistent when scored)
  {
    text: 'El portavoz de la compañía Aguas del Sur aseguró que el suministro quedará restablecido «antes del fin de semana».',
    names: [o('Aguas del Sur', 'aguas-del-sur')],
    speakers: ['aguas-del-sur'],
    lang: 'es',
  },
  {
    text: '“Ha sido una noche muy larga”, dijo a EFE un vecino del barrio de San Lorenzo.',
    names: [o('EFE', 'efe'), pl('San Lorenzo', 'san-lorenzo')],
    speakers: [null],
    lang: 'es',
  },
  {
    text: 'Prieto escribió en la red social X que el Gobierno está «al borde del colapso».',
    names: [p('Prieto', 'javier-prieto')],
    speakers: ['javier-prieto'],
    lang: 'es',
  },

  // ───────────────────────────── Italian ─────────────────────────────
  {
    text: '«Non ci sono le condizioni per andare avanti», ha dichiarato il sindaco di Castelvecchio, Marco Bellini, al termine della riunione. Fonti della maggioranza parlano di «una crisi ormai irreversibile».',
    names: [pl('Castelvecchio', 'castelvecchio'), p('Marco Bellini', 'marco-bellini')],
    speakers: ['marco-bellini', null],
    lang: 'it',
  },
  {
    text: 'Secondo quanto riferito dall’ANSA, la ministra Laura Ferri avrebbe definito la proposta «del tutto irricevibile».',
    names: [o('ANSA', 'ansa'), p('Laura Ferri', 'laura-ferri')],
    speakers: ['laura-ferri'],
    lang: 'it',
  },
  // replied to Y's accusation, Y's words
  {
    text: 'Bellini ha replicato alle accuse di Ferri, che lo aveva definito «un sindaco assente», ricordando i cantieri avviati in centro.',
    names: [p('Bellini', 'marco-bellini'), p('Ferri', 'laura-ferri')],
    speakers: ['laura-ferri'],
    lang: 'it',
  },
  {
    text: '«È una vergogna», urlavano i manifestanti davanti alla prefettura, mentre Bellini lasciava il palazzo.',
    names: [p('Bellini', 'marco-bellini')],
    speakers: [null],
    lang: 'it',
  },
  {
    text: 'Il Quirinale ha fatto sapere che il presidente seguirà la vicenda «con la massima attenzione».',
    names: [o('Quirinale', 'quirinale')],
    speakers: ['quirinale'],
    lang: 'it',
  },

  // ───────────────────────────── Serbian (Latin) ─────────────────────────────
  {
    text: '„Srbija neće priznati nezavisnost Kosova“, rekao je predsednik Aleksandar Vučić novinarima u Beogradu. Iz Prištine su ocenili da je reč o „retorici bez pokrića“.',
    names: [
      s('Srbija', 'serbia'),
      pl('Kosova', 'kosovo', true),
      p('Aleksandar Vučić', 'aleksandar-vucic'),
      pl('Beogradu', 'belgrade', true),
      pl('Prištine', 'pristina', true),
    ],
    speakers: ['aleksandar-vucic', null],
    lang: 'sr',
  },
  // Vučića as object; the opposition (unnamed) speaks
  {
    text: 'Opozicija je kritikovala Vučića zbog, kako su naveli, „potpune kontrole nad medijima“.',
    names: [p('Vučića', 'aleksandar-vucic', true)],
    speakers: [null],
    lang: 'sr',
  },
  // prema rečima + genitive: the source
  {
    text: 'Prema rečima Vučića, razgovori u Briselu bili su „teški, ali korisni“.',
    names: [p('Vučića', 'aleksandar-vucic', true), pl('Briselu', 'brussels', true)],
    speakers: ['aleksandar-vucic'],
    lang: 'sr',
  },
  // newspaper name (not a quotation); the minister named the proposal
  {
    text: 'Dnevni list „Večernje novosti“ objavio je da je ministarka Jelena Marković nazvala predlog „nečuvenim napadom na struku“.',
    names: [o('Večernje novosti', 'vecernje-novosti'), p('Jelena Marković', 'jelena-markovic')],
    speakers: ['jelena-markovic'],
    lang: 'sr',
  },
  {
    text: 'Gradonačelnik Novog Sada Milan Đurić izjavio je da su radovi „u poslednjoj fazi“. „Očekujemo da most bude otvoren do kraja godine“, dodao je on.',
    names: [pl('Novog Sada', 'novi-sad', true), p('Milan Đurić', 'milan-djuric')],
    speakers: ['milan-djuric', 'milan-djuric'],
    lang: 'sr',
  },

  // ───────────────────────────── Serbian (Cyrillic) ─────────────────────────────
  {
    text: '„Нећемо дозволити да се грађани плаше“, изјавио је министар унутрашњих послова Ивица Дачић.',
    names: [p('Ивица Дачић', 'ivica-dacic')],
    speakers: ['ivica-dacic'],
    lang: 'sr',
  },
  {
    text: 'Према речима Дачића, полиција је „потпуно спремна“ за суботњу утакмицу.',
    names: [p('Дачића', 'ivica-dacic', true)],
    speakers: ['ivica-dacic'],
    lang: 'sr',
  },
  // answered the opposition's (unnamed) claim
  {
    text: 'Посланица Ана Брнабић одговорила је на тврдњу опозиције да је влада „изгубила сваки легитимитет“.',
    names: [p('Ана Брнабић', 'ana-brnabic')],
    speakers: [null],
    lang: 'sr',
  },

  // ───────────────────────────── Croatian ─────────────────────────────
  {
    text: '„Hrvatska je spremna preuzeti odgovornost“, izjavio je premijer Andrej Plenković nakon sastanka u Bruxellesu. Oporba je njegov nastup nazvala „praznom pričom“.',
    names: [s('Hrvatska', 'croatia'), p('Andrej Plenković', 'andrej-plenkovic'), pl('Bruxellesu', 'brussels', true)],
    speakers: ['andrej-plenkovic', null],
    lang: 'hr',
  },
  // the (unnamed) mayor of Split called the prefect …
  {
    text: 'Župan Ivan Kovačić odbacio je optužbe gradonačelnika Splita, koji ga je nazvao »čovjekom bez vizije«.',
    names: [p('Ivan Kovačić', 'ivan-kovacic'), pl('Splita', 'split', true)],
    speakers: [null],
    lang: 'hr',
  },
  {
    text: 'Kako je za Hinu rekla ravnateljica bolnice Marija Horvat, stanje ozlijeđenih je „stabilno, ali ozbiljno“.',
    names: [o('Hinu', 'hina', true), p('Marija Horvat', 'marija-horvat')],
    speakers: ['marija-horvat'],
    lang: 'hr',
  },
  // "poručili su iz …": the association speaks
  {
    text: '„Ovo je tek početak“, poručili su iz udruge Zelena Istra nakon prosvjeda u Puli.',
    names: [o('Zelena Istra', 'zelena-istra'), pl('Puli', 'pula', true)],
    speakers: ['zelena-istra'],
    lang: 'hr',
  },

  // ───────────────────────────── Russian ─────────────────────────────
  {
    text: '«Мы не видим никаких оснований для паники», — заявил журналистам пресс-секретарь президента Дмитрий Песков. В оппозиции назвали эти слова «попыткой успокоить рынки».',
    names: [p('Дмитрий Песков', 'dmitry-peskov')],
    speakers: ['dmitry-peskov', null],
    lang: 'ru',
  },
  {
    text: 'По словам Пескова, переговоры идут «в конструктивном ключе».',
    names: [p('Пескова', 'dmitry-peskov', true)],
    speakers: ['dmitry-peskov'],
    lang: 'ru',
  },
  {
    text: 'Губернатор Андрей Белов сообщил в своём Telegram-канале, что пожар «полностью локализован».',
    names: [p('Андрей Белов', 'andrey-belov')],
    speakers: ['andrey-belov'],
    lang: 'ru',
  },
  // an unnamed source on Belov's statement
  {
    text: 'Источник в администрации города назвал заявление Белова «чистой воды пиаром».',
    names: [p('Белова', 'andrey-belov', true)],
    speakers: [null],
    lang: 'ru',
  },
  // operation name (not a quotation); the ministry's message
  {
    text: 'Министерство обороны сообщило, что операция «Северный щит» завершена. «Все поставленные задачи выполнены», говорится в сообщении ведомства.',
    names: [o('Министерство обороны', 'ru-defence-ministry')],
    speakers: ['ru-defence-ministry'],
    lang: 'ru',
  },

  // ───────────────────────────── Albanian ─────────────────────────────
  {
    text: '“Nuk do të lejojmë asnjë ndërhyrje në zgjedhje”, deklaroi kryeministri Edi Rama gjatë një konference për shtyp. Opozita e cilësoi deklaratën “një shfaqje për ndërkombëtarët”.',
    names: [p('Edi Rama', 'edi-rama')],
    speakers: ['edi-rama', null],
    lang: 'sq',
  },
  {
    text: 'Sipas Ministrisë së Brendshme, situata në veri është “e qetë, por e tensionuar”.',
    names: [o('Ministrisë së Brendshme', 'al-interior-ministry', true)],
    speakers: ['al-interior-ministry'],
    lang: 'sq',
  },
  // the opposition (unnamed) accused Rama
  {
    text: 'Opozita e akuzoi Ramën për “shkatërrimin e ekonomisë” dhe kërkoi zgjedhje të parakohshme.',
    names: [p('Ramën', 'edi-rama', true)],
    speakers: [null],
    lang: 'sq',
  },

  // ───────────────────────────── Turkish ─────────────────────────────
  {
    text: '“Bu saldırı cevapsız kalmayacak”, dedi Dışişleri Bakanı Hakan Fidan. Muhalefet ise açıklamayı “geç kalmış bir tepki” olarak değerlendirdi.',
    names: [p('Hakan Fidan', 'hakan-fidan')],
    speakers: ['hakan-fidan', null],
    lang: 'tr',
  },
  {
    text: 'Belediye Başkanı Selin Aydın, valiliğin açıklamasını “gerçeklerle bağdaşmayan bir metin” olarak nitelendirdi.',
    names: [p('Selin Aydın', 'selin-aydin')],
    speakers: ['selin-aydin'],
    lang: 'tr',
  },
  {
    text: 'Anadolu Ajansı’na konuşan bir yetkili, sınır kapısının “geçici olarak kapatıldığını” söyledi.',
    names: [o('Anadolu Ajansı', 'anadolu-ajansi', true)],
    speakers: [null],
    lang: 'tr',
  },
  // ───────────────────────────── more languages ─────────────────────────────
  {
    text: '„Ovo je historijski dan za Bosnu i Hercegovinu“, rekla je ministrica Amra Hadžić nakon potpisivanja sporazuma.',
    names: [s('Bosnu i Hercegovinu', 'bosnia-herzegovina', true), p('Amra Hadžić', 'amra-hadzic')],
    speakers: ['amra-hadzic'],
    lang: 'bs',
  },
  {
    text: '„Македонија нема да отстапи од своите позиции“, изјави премиерот Никола Стојанов.',
    names: [s('Македонија', 'north-macedonia'), p('Никола Стојанов', 'nikola-stojanov')],
    speakers: ['nikola-stojanov'],
    lang: 'mk',
  },
  // "so ein Polizeisprecher" (unnamed), then "so Engel"
  {
    text: 'Die Lage sei „weitgehend unter Kontrolle“, so ein Polizeisprecher. Polizeipräsidentin Maria Engel kündigte für Mittwoch eine Pressekonferenz an.\n\n„Wir haben alles versucht, was möglich war“, so Engel.',
    names: [p('Maria Engel', 'maria-engel'), p('Engel', 'maria-engel')],
    speakers: [null, 'maria-engel'],
    lang: 'de',
  },
  // a capital (place) as the object; the speaker named in the nominative
  {
    text: 'Захарова назвала заявление Лондона «очередной антироссийской истерикой».',
    names: [p('Захарова', 'maria-zakharova'), pl('Лондона', 'london', true)],
    speakers: ['maria-zakharova'],
    lang: 'ru',
  },
  // according to the governorate's statement (genitive, the source)
  {
    text: 'İzmir Valiliği’nin açıklamasına göre, yangın “büyük ölçüde kontrol altına alındı”.',
    names: [o('İzmir Valiliği', 'izmir-valiligi', true), pl('İzmir', 'izmir')],
    speakers: ['izmir-valiligi'],
    lang: 'tr',
  },
  {
    text: '«Esto no es una huelga, es un chantaje», declaró a la Cadena SER el consejero de Transportes, Luis Ortega.',
    names: [o('Cadena SER', 'cadena-ser'), p('Luis Ortega', 'luis-ortega')],
    speakers: ['luis-ortega'],
    lang: 'es',
  },
  // ───────────────────────────── more unattributed shapes ─────────────────────────────
  {
    text: 'Judge Helen Marsh delivered the ruling on Thursday. The decision, which legal experts described as “a landmark for press freedom”, was welcomed by journalists’ unions. “Today justice was done,” one reporter said outside the court.',
    names: [p('Helen Marsh', 'helen-marsh')],
    speakers: [null, null],
  },
  {
    text: 'Residents of Ashby Road say they have lived with “a constant stream of lorries” since the depot opened. “You can’t even open a window,” said one pensioner, who asked not to be named. Cargolink, which runs the depot, did not respond to requests for comment.',
    names: [o('Cargolink', 'cargolink')],
    speakers: [null, null],
  },
  {
    text: 'According to witnesses, the gunmen shouted “nobody move” before opening fire. The interior ministry said the attack bore “all the hallmarks of organised crime.” Interior Minister Tomas Hale was due to visit the scene later on Saturday.',
    names: [p('Tomas Hale', 'tomas-hale')],
    speakers: [null, null],
  },
  {
    text: 'The phrase “managed decline” has haunted Brockhurst since a memo leaked in 2011. Mayor Oyelaran has promised to bury it for good.',
    names: [pl('Brockhurst', 'brockhurst'), p('Oyelaran', 'marta-oyelaran')],
    speakers: [null],
  },
  {
    text: '16:05 — The Red Cross says its convoy has reached the city. Volunteers on the ground described conditions as “beyond anything we have seen.”',
    names: [o('Red Cross', 'red-cross')],
    speakers: [null],
  },
  {
    text: '„Das war ein Fehler“, räumte ein Sprecher des Unternehmens ein. Konzernchef Dieter Haas war für eine Stellungnahme nicht zu erreichen.',
    names: [p('Dieter Haas', 'dieter-haas')],
    speakers: [null],
    lang: 'de',
  },
  {
    text: '« On n’a rien vu venir », témoigne une habitante de Valmont. La maire, Sylvie Garnier, s’est rendue sur place dans la soirée.',
    names: [pl('Valmont', 'valmont'), p('Sylvie Garnier', 'sylvie-garnier')],
    speakers: [null],
    lang: 'fr',
  },
  // the press service of a governor: not the governor himself
  {
    text: '«Ситуация полностью под контролем», — сообщили в пресс-службе губернатора Белова.',
    names: [p('Белова', 'andrey-belov', true)],
    speakers: [null],
    lang: 'ru',
  },
  {
    text: 'Kako saznaje „Blic“, u Vladi Srbije vlada „velika nervoza“ zbog izveštaja Evropske komisije.',
    names: [o('Evropske komisije', 'european-commission', true)],
    speakers: [null],
    lang: 'sr',
  },
  {
    text: 'La oposición calificó de «improvisación permanente» la gestión de Solana durante la crisis.',
    names: [p('Solana', 'andres-solana')],
    speakers: [null],
    lang: 'es',
  },
];
