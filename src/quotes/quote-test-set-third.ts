/**
 * A third test set for quote attribution, held out like the second
 * (`quote-test-set-held-out.ts`): written by another reader who had seen
 * neither the finder, nor its rules, nor the other sets, from the issue's
 * rule alone; 119 cases of news across beats, 70 in English and 49 in ten
 * other languages. `npm run evaluate:quotes` scores it with the others.
 */
import type { QuoteCase } from './quote-test-set.ts';

const P = 'person';
const O = 'organization';
const S = 'state';
const L = 'place';

export const thirdSet: QuoteCase[] = [
  // ---------------- English: courts ----------------
  {
    text: `"The evidence simply does not support a conviction," defence lawyer Miriam Okafor told the court on Tuesday.`,
    names: [{ name: 'Miriam Okafor', entity: 'okafor', kind: P }],
    speakers: ['okafor'],
  },
  {
    text: `Judge Harold Brennan said: "This court will not tolerate further delays." The trial resumes on Monday.`,
    names: [{ name: 'Harold Brennan', entity: 'brennan', kind: P }],
    speakers: ['brennan'],
  },
  {
    text: `Prosecutor Dana Whitfield argued that the defendant had "acted with clear intent" when he set the fire. Defence counsel Tom Reyes disagreed. "My client was asleep at the time," Reyes said.`,
    names: [
      { name: 'Dana Whitfield', entity: 'whitfield', kind: P },
      { name: 'Tom Reyes', entity: 'reyes', kind: P },
      { name: 'Reyes', entity: 'reyes', kind: P },
    ],
    speakers: ['whitfield', 'reyes'],
  },
  {
    text: `The court heard that the accused had texted his brother hours before the blaze: "Burn it all tonight." The jury is expected to retire on Thursday.`,
    names: [],
    speakers: [null],
  },
  {
    text: `Prosecutors said Ryan Cobb had sent a message to his brother, Liam Cobb, on the night of the robbery: "Get rid of the car before morning."`,
    names: [
      { name: 'Ryan Cobb', entity: 'ryan-cobb', kind: P },
      { name: 'Liam Cobb', entity: 'liam-cobb', kind: P },
    ],
    speakers: ['ryan-cobb'],
  },
  {
    text: `The Supreme Court ruled on Wednesday that the surveillance law was "incompatible with the constitution" and gave parliament six months to amend it.`,
    names: [{ name: 'Supreme Court', entity: 'supreme-court', kind: O }],
    speakers: ['supreme-court'],
  },
  {
    text: `"When he told me 'you are finished here', I just laughed," former warehouse manager Sam Patel told the employment tribunal. Patel said his old boss, Derek Maine, had later warned him: "You will never work in this industry again."`,
    names: [
      { name: 'Sam Patel', entity: 'patel', kind: P },
      { name: 'Patel', entity: 'patel', kind: P },
      { name: 'Derek Maine', entity: 'maine', kind: P },
    ],
    speakers: ['patel', 'maine'],
  },
  {
    text: `Outside the courthouse, a relative of the victim shouted "Justice for Kayla" as the defendant was led away. The family's solicitor, Gemma Hart, said later: "Today the truth was finally heard."`,
    names: [{ name: 'Gemma Hart', entity: 'hart', kind: P }],
    speakers: [null, 'hart'],
  },
  // ---------------- English: sport ----------------
  {
    text: `"We were second best for 90 minutes and we have no excuses," said Rovers manager Gary Lund after the 3-0 defeat at Ashfield. Lund added that his side would "regroup and go again" next week.`,
    names: [
      { name: 'Rovers', entity: 'rovers', kind: O },
      { name: 'Gary Lund', entity: 'lund', kind: P },
      { name: 'Lund', entity: 'lund', kind: P },
      { name: 'Ashfield', entity: 'ashfield', kind: L },
    ],
    speakers: ['lund', 'lund'],
  },
  {
    text: `Home supporters sang "We want our club back" throughout the second half, and the board declined to comment after the match.`,
    names: [],
    speakers: [null],
  },
  {
    text: `"We deserved the win," said Hornets captain Jade Morrow. Her opposite number, Katie Sims, saw it differently: "The referee gave them everything tonight."`,
    names: [
      { name: 'Hornets', entity: 'hornets', kind: O },
      { name: 'Jade Morrow', entity: 'morrow', kind: P },
      { name: 'Katie Sims', entity: 'sims', kind: P },
    ],
    speakers: ['morrow', 'sims'],
  },
  {
    text: `Coach Pete Harlan said he had spoken to Marcus Dell in the dressing room after the red card. "He knows he made a mistake and he has apologised to the group," he said.`,
    names: [
      { name: 'Pete Harlan', entity: 'harlan', kind: P },
      { name: 'Marcus Dell', entity: 'dell', kind: P },
    ],
    speakers: ['harlan'],
  },
  {
    text: `Marcus Dell and Pete Harlan met for an hour on Monday to clear the air. "It was a good conversation and we move on," he said.`,
    names: [
      { name: 'Pete Harlan', entity: 'harlan', kind: P },
      { name: 'Marcus Dell', entity: 'dell', kind: P },
    ],
    speakers: [null],
  },
  {
    text: `Olympic champion Tara Quinn spoke to us before the national trials.\n\nInterviewer: "What keeps you going at 34?"\n\nQuinn: "Honestly, I still love getting up at five to train."`,
    names: [
      { name: 'Tara Quinn', entity: 'quinn', kind: P },
      { name: 'Quinn', entity: 'quinn', kind: P },
    ],
    speakers: [null, 'quinn'],
  },
  {
    text: `Pictured: Coach Ben Tully celebrates with his players after the final whistle at Kingsway Park.\n\n"This one is for the fans who travelled all that way," Tully said afterwards.`,
    names: [
      { name: 'Ben Tully', entity: 'tully', kind: P },
      { name: 'Tully', entity: 'tully', kind: P },
      { name: 'Kingsway Park', entity: 'kingsway-park', kind: L },
    ],
    speakers: ['tully'],
  },
  {
    text: `In an interview with The Guardian, striker Leila Farouk was asked whether she would sign a new contract. "I haven't decided anything yet," she said. "My focus is on Sunday."`,
    names: [
      { name: 'The Guardian', entity: 'guardian', kind: O },
      { name: 'Leila Farouk', entity: 'farouk', kind: P },
    ],
    speakers: ['farouk', 'farouk'],
  },
  {
    text: `The Football Association said it was "aware of the footage" and had asked the club for its observations.`,
    names: [{ name: 'Football Association', entity: 'fa', kind: O }],
    speakers: ['fa'],
  },
  {
    text: `Pundits called it "the worst performance of the season", and City's fans booed their players off at half-time.`,
    names: [{ name: 'City', entity: 'city-fc', kind: O }],
    speakers: [null],
  },
  // ---------------- English: business ----------------
  {
    text: `Shares in Northgate Foods fell 8% on Thursday after the company warned of "significantly weaker demand" in the fourth quarter.`,
    names: [{ name: 'Northgate Foods', entity: 'northgate', kind: O }],
    speakers: ['northgate'],
  },
  {
    text: `"We see no sign of a slowdown in consumer spending," an analyst at a London brokerage said.`,
    names: [{ name: 'London', entity: 'london', kind: L }],
    speakers: [null],
  },
  {
    text: `"We are not planning any layoffs this year," Maren Holt, chief executive of Baltic Freight, told Reuters in an interview.`,
    names: [
      { name: 'Maren Holt', entity: 'holt', kind: P },
      { name: 'Baltic Freight', entity: 'baltic-freight', kind: O },
      { name: 'Reuters', entity: 'reuters', kind: O },
    ],
    speakers: ['holt'],
  },
  {
    text: `"There is no deal yet and there may never be one," a source close to the negotiations told Reuters.`,
    names: [{ name: 'Reuters', entity: 'reuters', kind: O }],
    speakers: [null],
  },
  {
    text: `On a call with analysts, chief financial officer Nadia Brook said margins would remain "under pressure for several quarters". One analyst asked: "Why not cut the dividend now?"`,
    names: [{ name: 'Nadia Brook', entity: 'brook', kind: P }],
    speakers: ['brook', null],
  },
  {
    text: `According to Eurostat, inflation in the euro area "eased more than expected" in March, falling to 2.1%.`,
    names: [{ name: 'Eurostat', entity: 'eurostat', kind: O }],
    speakers: ['eurostat'],
  },
  {
    text: `One shopper at the Hallbrook market summed up the mood: "Everything costs twice what it did two years ago."`,
    names: [{ name: 'Hallbrook', entity: 'hallbrook', kind: L }],
    speakers: [null],
  },
  {
    text: `The leaked memo, seen by the Financial Times, warns that the merger is "at serious risk of failure" unless regulators relent.`,
    names: [{ name: 'Financial Times', entity: 'ft', kind: O }],
    speakers: [null],
  },
  // ---------------- English: local government ----------------
  {
    text: `Councillor Priya Sandhu said the bypass was "long overdue". A spokesman for council leader Mark Ellery said: "The leader has always supported the scheme."`,
    names: [
      { name: 'Priya Sandhu', entity: 'sandhu', kind: P },
      { name: 'Mark Ellery', entity: 'ellery', kind: P },
    ],
    speakers: ['sandhu', null],
  },
  {
    text: `Asked whether she would stand for a third term, Mayor Helen Brandt said: "That is a decision for another day."`,
    names: [{ name: 'Helen Brandt', entity: 'brandt', kind: P }],
    speakers: ['brandt'],
  },
  {
    text: `At the memorial service, Mayor Helen Brandt read out a message from one of the survivors: "I owe my life to the firefighters of this town."`,
    names: [{ name: 'Helen Brandt', entity: 'brandt', kind: P }],
    speakers: [null],
  },
  {
    text: `"It's the best news this village has had in years." That was the verdict of shopkeeper Alan Pryce after the county council approved the new primary school.`,
    names: [{ name: 'Alan Pryce', entity: 'pryce', kind: P }],
    speakers: ['pryce'],
  },
  {
    text: `The mayor told the daily "Northern Echo" on Friday that the library would stay open. Speaking to the weekly "Valley Post", Councillor Ana Ruiz said: "We will appeal against the closure of the pool."`,
    names: [
      { name: 'Northern Echo', entity: 'northern-echo', kind: O },
      { name: 'Valley Post', entity: 'valley-post', kind: O },
      { name: 'Ana Ruiz', entity: 'ruiz', kind: P },
    ],
    speakers: ['ruiz'],
  },
  {
    text: `"We have never seen flooding like this," said Fire Chief Oscar Bell.\n\n"The water came up two metres in less than an hour. Some families lost everything.\n\n"We are asking people to stay away from the river until further notice."`,
    names: [{ name: 'Oscar Bell', entity: 'bell', kind: P }],
    speakers: ['bell', 'bell', 'bell'],
  },
  {
    text: `Officials said the bridge would remain closed "for the foreseeable future" while engineers assess the damage.`,
    names: [],
    speakers: [null],
  },
  {
    text: `In a letter to parents, headteacher Amelia Grant wrote that Oakfield Academy would "not tolerate bullying in any form".`,
    names: [
      { name: 'Amelia Grant', entity: 'grant', kind: P },
      { name: 'Oakfield Academy', entity: 'oakfield', kind: O },
    ],
    speakers: ['grant'],
  },
  {
    text: `Residents packed the town hall in Dunmore on Tuesday evening. "Nobody asked us before they started digging," one man shouted from the back of the room.`,
    names: [{ name: 'Dunmore', entity: 'dunmore', kind: L }],
    speakers: [null],
  },
  // ---------------- English: health ----------------
  {
    text: `"Hospitals across Europe are under enormous strain this winter," the World Health Organization said in a statement on Friday.`,
    names: [
      { name: 'Europe', entity: 'europe', kind: L },
      { name: 'World Health Organization', entity: 'who', kind: O },
    ],
    speakers: ['who'],
  },
  {
    text: `A nurse at St Cuthbert's Hospital, who asked not to be named, said: "We are simply running out of beds."`,
    names: [{ name: "St Cuthbert's Hospital", entity: 'st-cuthberts', kind: O }],
    speakers: [null],
  },
  {
    text: `The study's lead author, Dr Felix Amsel of the University of Tübingen, said the results were "encouraging but preliminary".`,
    names: [
      { name: 'Felix Amsel', entity: 'amsel', kind: P },
      { name: 'University of Tübingen', entity: 'tuebingen-uni', kind: O },
    ],
    speakers: ['amsel'],
  },
  {
    text: `"We are seeing children with symptoms we have never seen before," one paediatrician in Leeds told the BBC.`,
    names: [
      { name: 'Leeds', entity: 'leeds', kind: L },
      { name: 'BBC', entity: 'bbc', kind: O },
    ],
    speakers: [null],
  },
  {
    text: `A spokesperson for the Department of Health said: "We keep all guidance under review."`,
    names: [{ name: 'Department of Health', entity: 'doh', kind: O }],
    speakers: ['doh'],
  },
  {
    text: `14:32 — Health Minister Ruth Adeyemi: "We expect the first doses to arrive next week."\n\n14:47 — The opposition's health spokesman called the timetable "wildly optimistic".`,
    names: [{ name: 'Ruth Adeyemi', entity: 'adeyemi', kind: P }],
    speakers: ['adeyemi', null],
  },
  // ---------------- English: war and diplomacy ----------------
  {
    text: `"The United States remains committed to the security of our partners in the region," John Kirby told reporters at the White House on Monday. Kirby declined to give details of the talks.`,
    names: [
      { name: 'United States', entity: 'usa', kind: S },
      { name: 'John Kirby', entity: 'kirby', kind: P },
      { name: 'Kirby', entity: 'kirby', kind: P },
      { name: 'White House', entity: 'white-house', kind: O },
    ],
    speakers: ['kirby'],
  },
  {
    text: `"The president has been briefed and is monitoring the situation," a White House spokeswoman said.`,
    names: [{ name: 'White House', entity: 'white-house', kind: O }],
    speakers: ['white-house'],
  },
  {
    text: `Ukraine's president said the attack on Odesa was "a deliberate strike on civilians" and called for more air defence.`,
    names: [
      { name: 'Ukraine', entity: 'ukraine', kind: S },
      { name: 'Odesa', entity: 'odesa', kind: L },
    ],
    speakers: [null],
  },
  {
    text: `China said the drills were "a stern warning to separatist forces" and would continue for three days.`,
    names: [{ name: 'China', entity: 'china', kind: S }],
    speakers: ['china'],
  },
  {
    text: `"Our forces repelled four attacks near the village of Krasne," the General Staff said on Telegram.`,
    names: [
      { name: 'Krasne', entity: 'krasne', kind: L },
      { name: 'General Staff', entity: 'general-staff', kind: O },
    ],
    speakers: ['general-staff'],
  },
  {
    text: `A spokesman for Interior Minister Hugo Falk said the minister "has full confidence in the police chief".`,
    names: [{ name: 'Hugo Falk', entity: 'falk', kind: P }],
    speakers: [null],
  },
  {
    text: `Israel's Ministry of Defence said on Sunday it had opened an inquiry into the strike. The ministry said in a statement that it "deeply regrets any harm to civilians".`,
    names: [
      { name: 'Israel', entity: 'israel', kind: S },
      { name: 'Ministry of Defence', entity: 'israel-mod', kind: O },
    ],
    speakers: ['israel-mod'],
  },
  {
    text: `The Israel Defense Forces said "Operation Northern Shield" was complete. "All of the tunnels have been neutralised," the army said.`,
    names: [{ name: 'Israel Defense Forces', entity: 'idf', kind: O }],
    speakers: ['idf'],
  },
  {
    text: `Finance Minister Carl Ostrow met his German counterpart, Lena Vogt, in Brussels on Monday. "We had a frank exchange," Vogt said afterwards, adding that Ostrow had "listened carefully".`,
    names: [
      { name: 'Carl Ostrow', entity: 'ostrow', kind: P },
      { name: 'Ostrow', entity: 'ostrow', kind: P },
      { name: 'Lena Vogt', entity: 'vogt', kind: P },
      { name: 'Vogt', entity: 'vogt', kind: P },
      { name: 'Brussels', entity: 'brussels', kind: L },
    ],
    speakers: ['vogt', 'vogt'],
  },
  {
    text: `"Will taxes go up next year?" reporters asked Finance Minister Carl Ostrow as he left the cabinet meeting. He did not answer.`,
    names: [{ name: 'Carl Ostrow', entity: 'ostrow', kind: P }],
    speakers: [null],
  },
  {
    text: `"Are you going to resign?" a reporter shouted as Transport Minister Tomas Berg left the building. Berg did not respond.`,
    names: [
      { name: 'Tomas Berg', entity: 'berg', kind: P },
      { name: 'Berg', entity: 'berg', kind: P },
    ],
    speakers: [null],
  },
  {
    text: `Stéphane Dujarric, spokesman for the UN Secretary-General, said the United Nations was "deeply alarmed" by reports of mass graves.`,
    names: [
      { name: 'Stéphane Dujarric', entity: 'dujarric', kind: P },
      { name: 'United Nations', entity: 'un', kind: O },
    ],
    speakers: ['dujarric'],
  },
  {
    text: `Defence Minister Arvid Lindqvist was quoted by Dagens Nyheter as saying that the army "needs twice as many reservists" by 2030.`,
    names: [
      { name: 'Arvid Lindqvist', entity: 'lindqvist', kind: P },
      { name: 'Dagens Nyheter', entity: 'dn', kind: O },
    ],
    speakers: ['lindqvist'],
  },
  {
    text: `Kremlin spokesman Dmitry Peskov was quoted by Interfax as saying that talks with Kyiv were "not on the agenda".`,
    names: [
      { name: 'Kremlin', entity: 'kremlin', kind: O },
      { name: 'Dmitry Peskov', entity: 'peskov', kind: P },
      { name: 'Interfax', entity: 'interfax', kind: O },
      { name: 'Kyiv', entity: 'kyiv', kind: L },
    ],
    speakers: ['peskov'],
  },
  {
    text: `"The sirens went off at four in the morning and we ran to the basement," said a resident of Kharkiv who gave only her first name, Olena.`,
    names: [{ name: 'Kharkiv', entity: 'kharkiv', kind: L }],
    speakers: [null],
  },
  {
    text: `Prime Minister Aleksander Nowak said remarks by opposition leader Teresa Wolna were "beneath the dignity of the office".\n\nWolna hit back, saying Nowak had called her "a liar and a traitor" in a closed meeting of party leaders.`,
    names: [
      { name: 'Aleksander Nowak', entity: 'nowak', kind: P },
      { name: 'Nowak', entity: 'nowak', kind: P },
      { name: 'Teresa Wolna', entity: 'wolna', kind: P },
      { name: 'Wolna', entity: 'wolna', kind: P },
    ],
    speakers: ['nowak', 'nowak'],
  },
  {
    text: `09:12 Foreign Minister Annalena Baerbock arrives at the summit: "We need a ceasefire now, not next week."\n\n09:40 Protesters outside the venue are chanting "Stop the war now".`,
    names: [{ name: 'Annalena Baerbock', entity: 'baerbock', kind: P }],
    speakers: ['baerbock', null],
  },
  {
    text: `Caption: Residents queue for water in Gaza City on Tuesday.\n\n"We wait here every day for hours," said Ahmed, 42, who did not give his full name.`,
    names: [{ name: 'Gaza City', entity: 'gaza-city', kind: L }],
    speakers: [null],
  },
  // ---------------- English: politics / culture ----------------
  {
    text: `Members of the "Movement for Change" party walked out of parliament before the vote. Party leader Elena Mirko said: "We will not legitimise this farce."`,
    names: [
      { name: 'Movement for Change', entity: 'mfc', kind: O },
      { name: 'Elena Mirko', entity: 'mirko', kind: P },
    ],
    speakers: ['mirko'],
  },
  {
    text: `Senator Raymond Cole described the report as "flawed" and its authors as "political operatives with an agenda".`,
    names: [{ name: 'Raymond Cole', entity: 'cole', kind: P }],
    speakers: ['cole'],
  },
  {
    text: `Mila Havel's debut feature premieres in Venice next month. The director has described it as "a love letter to my grandmother's village".`,
    names: [
      { name: 'Mila Havel', entity: 'havel', kind: P },
      { name: 'Venice', entity: 'venice', kind: L },
    ],
    speakers: ['havel'],
  },
  {
    text: `Critics have called the novel "a triumph of restraint", but its author, Jonas Meier, is unmoved by the praise. "I just wrote the book I wanted to read," he said.`,
    names: [{ name: 'Jonas Meier', entity: 'meier', kind: P }],
    speakers: [null, 'meier'],
  },
  {
    text: `At the funeral, his daughter read a letter written by the late poet Edwin Marsh: "Do not grieve too long for me."`,
    names: [{ name: 'Edwin Marsh', entity: 'marsh', kind: P }],
    speakers: ['marsh'],
  },
  {
    text: `Protesters outside the National Gallery carried banners reading "No oil money in art". The gallery's director, Simone Achebe, said: "We hear them, and we are reviewing our sponsors."`,
    names: [
      { name: 'National Gallery', entity: 'national-gallery', kind: O },
      { name: 'Simone Achebe', entity: 'achebe', kind: P },
    ],
    speakers: [null, 'achebe'],
  },
  // ---------------- German ----------------
  {
    lang: 'de',
    text: `„Wir werden die Entscheidung sorgfältig prüfen“, sagte Bürgermeisterin Karin Albers am Dienstag in Kassel.`,
    names: [
      { name: 'Karin Albers', entity: 'albers', kind: P },
      { name: 'Kassel', entity: 'kassel', kind: L },
    ],
    speakers: ['albers'],
  },
  {
    lang: 'de',
    text: `Der Bundesgerichtshof nannte das Urteil „rechtsfehlerhaft“. Das Landgericht habe „die Beweise nicht ausreichend gewürdigt“, heißt es in der Entscheidung.`,
    names: [
      { name: 'Bundesgerichtshof', entity: 'bgh', kind: O },
      { name: 'Landgericht', entity: 'landgericht', kind: O },
    ],
    speakers: ['bgh'],
  },
  {
    lang: 'de',
    text: `Nach Angaben des Robert Koch-Instituts ist die Lage in den Kliniken „weiterhin angespannt“.`,
    names: [{ name: 'Robert Koch-Instituts', entity: 'rki', kind: O, inflected: true }],
    speakers: ['rki'],
  },
  {
    lang: 'de',
    text: `Ein Sprecher von Innenminister Jens Dorn sagte, der Minister sei „zutiefst erschüttert“ über den Angriff.`,
    names: [{ name: 'Jens Dorn', entity: 'dorn', kind: P }],
    speakers: [null],
  },
  {
    lang: 'de',
    text: `Trainer Felix Brandner war nach dem 1:1 gegen Freiburg bedient. »Wir haben heute zwei Punkte verschenkt«, sagte er. Kapitän Mats Höller ergänzte: »Das tut richtig weh.«`,
    names: [
      { name: 'Felix Brandner', entity: 'brandner', kind: P },
      { name: 'Freiburg', entity: 'sc-freiburg', kind: O },
      { name: 'Mats Höller', entity: 'hoeller', kind: P },
    ],
    speakers: ['brandner', 'hoeller'],
  },
  {
    lang: 'de',
    text: `Kurtis Äußerungen seien „inakzeptabel und gefährlich“, sagte der serbische Außenminister am Rande des Treffens.`,
    names: [{ name: 'Kurtis', entity: 'kurti', kind: P, inflected: true }],
    speakers: [null],
  },
  {
    lang: 'de',
    text: `Die Bundesregierung beobachte die Lage „mit großer Sorge“, erklärte Regierungssprecherin Anna Lenz.\n\nEine Anwohnerin sagte dem Sender: „Wir haben seit Tagen keinen Strom.“`,
    names: [
      { name: 'Bundesregierung', entity: 'bundesregierung', kind: O },
      { name: 'Anna Lenz', entity: 'lenz', kind: P },
    ],
    speakers: ['lenz', null],
  },
  // ---------------- French ----------------
  {
    lang: 'fr',
    text: `« Nous ne céderons pas », a déclaré le maire de Lyon, Paul Mercier, lundi soir.`,
    names: [
      { name: 'Lyon', entity: 'lyon', kind: L },
      { name: 'Paul Mercier', entity: 'mercier', kind: P },
    ],
    speakers: ['mercier'],
  },
  {
    lang: 'fr',
    text: `Selon l'Insee, le chômage a « légèrement reculé » au troisième trimestre.`,
    names: [{ name: 'Insee', entity: 'insee', kind: O }],
    speakers: ['insee'],
  },
  {
    lang: 'fr',
    text: `« C'est une honte, on nous a abandonnés », a lancé un habitant du quartier, qui n'a pas souhaité donner son nom.`,
    names: [],
    speakers: [null],
  },
  {
    lang: 'fr',
    text: `Interrogée par France Inter, la ministre de la Santé, Claire Duval, a estimé que la situation était « sous contrôle ». « Il n'y a pas lieu de paniquer », a-t-elle ajouté.`,
    names: [
      { name: 'France Inter', entity: 'france-inter', kind: O },
      { name: 'Claire Duval', entity: 'duval', kind: P },
    ],
    speakers: ['duval', 'duval'],
  },
  {
    lang: 'fr',
    text: `Le quotidien « Le Monde » affirme que le gouvernement prépare un remaniement. « Rien n'est décidé à ce stade », a répondu l'Élysée.`,
    names: [
      { name: 'Le Monde', entity: 'le-monde', kind: O },
      { name: 'Élysée', entity: 'elysee', kind: O },
    ],
    speakers: ['elysee'],
  },
  {
    lang: 'fr',
    text: `L'avocat de la famille, Jean-Luc Roux, a dénoncé ce qu'il appelle « une enquête bâclée ». Le parquet de Marseille assure de son côté que « toutes les pistes ont été explorées ».`,
    names: [
      { name: 'Jean-Luc Roux', entity: 'roux', kind: P },
      { name: 'parquet de Marseille', entity: 'parquet-marseille', kind: O },
    ],
    speakers: ['roux', 'parquet-marseille'],
  },
  // ---------------- Spanish ----------------
  {
    lang: 'es',
    text: `"No vamos a subir los impuestos", aseguró el ministro de Hacienda, Luis Ortega, en rueda de prensa.`,
    names: [{ name: 'Luis Ortega', entity: 'ortega', kind: P }],
    speakers: ['ortega'],
  },
  {
    lang: 'es',
    text: `Según fuentes del ministerio, el acuerdo con los transportistas está "prácticamente cerrado".`,
    names: [],
    speakers: [null],
  },
  {
    lang: 'es',
    text: `El entrenador del Betis, Rafael Soto, reconoció que su equipo "no estuvo a la altura". "Pido perdón a la afición", dijo.`,
    names: [
      { name: 'Betis', entity: 'betis', kind: O },
      { name: 'Rafael Soto', entity: 'soto', kind: P },
    ],
    speakers: ['soto', 'soto'],
  },
  {
    lang: 'es',
    text: `«Llevamos tres días sin agua», explicó una vecina de Valencia a este diario.`,
    names: [{ name: 'Valencia', entity: 'valencia', kind: L }],
    speakers: [null],
  },
  {
    lang: 'es',
    text: `El Tribunal Supremo considera que la norma vulnera "el derecho a la intimidad" de los trabajadores.`,
    names: [{ name: 'Tribunal Supremo', entity: 'ts-es', kind: O }],
    speakers: ['ts-es'],
  },
  // ---------------- Italian ----------------
  {
    lang: 'it',
    text: `«Siamo pronti a collaborare con tutti», ha detto il sindaco di Bologna, Marco Ferri.`,
    names: [
      { name: 'Bologna', entity: 'bologna', kind: L },
      { name: 'Marco Ferri', entity: 'ferri', kind: P },
    ],
    speakers: ['ferri'],
  },
  {
    lang: 'it',
    text: `Secondo l'Istat, l'economia italiana è cresciuta "più del previsto" nel secondo trimestre.`,
    names: [{ name: 'Istat', entity: 'istat', kind: O }],
    speakers: ['istat'],
  },
  {
    lang: 'it',
    text: `La presidente della Regione, Giulia Conti, ha definito la proposta "irricevibile". Un portavoce della Lega ha replicato: "Conti pensi alla sanità".`,
    names: [
      { name: 'Giulia Conti', entity: 'conti', kind: P },
      { name: 'Conti', entity: 'conti', kind: P },
      { name: 'Lega', entity: 'lega', kind: O },
    ],
    speakers: ['lega'],
  },
  {
    lang: 'it',
    text: `«Non ho mai preso un euro», ha ripetuto l'imputato davanti ai giudici del tribunale di Napoli.`,
    names: [{ name: 'Napoli', entity: 'napoli', kind: L }],
    speakers: [null],
  },
  {
    lang: 'it',
    text: `L'allenatore della Juventus ha detto che la squadra deve "ritrovare la fame" prima del derby.`,
    names: [{ name: 'Juventus', entity: 'juventus', kind: O }],
    speakers: [null],
  },
  // ---------------- Serbian (Latin) ----------------
  {
    lang: 'sr',
    text: `„Srbija neće priznati nezavisnost Kosova“, izjavio je predsednik Aleksandar Vučić.`,
    names: [
      { name: 'Srbija', entity: 'serbia', kind: S },
      { name: 'Kosova', entity: 'kosovo', kind: S, inflected: true },
      { name: 'Aleksandar Vučić', entity: 'vucic', kind: P },
    ],
    speakers: ['vucic'],
  },
  {
    lang: 'sr',
    text: `Kako je za dnevni list „Večernje novosti“ rekao ministar Nenad Ilić, rok za završetak radova je „potpuno realan“.`,
    names: [
      { name: 'Večernje novosti', entity: 'novosti', kind: O },
      { name: 'Nenad Ilić', entity: 'ilic', kind: P },
    ],
    speakers: ['ilic'],
  },
  {
    lang: 'sr',
    text: `Prema rečima Vučića, Beograd „neće trpeti pritiske sa strane“.`,
    names: [
      { name: 'Vučića', entity: 'vucic', kind: P, inflected: true },
      { name: 'Beograd', entity: 'belgrade', kind: L },
    ],
    speakers: ['vucic'],
  },
  {
    lang: 'sr',
    text: `„Ovo je katastrofa za naš grad“, kaže jedan stanovnik Novog Sada.`,
    names: [{ name: 'Novog Sada', entity: 'novi-sad', kind: L, inflected: true }],
    speakers: [null],
  },
  // ---------------- Serbian (Cyrillic) ----------------
  {
    lang: 'sr',
    text: `„Влада ће обезбедити средства за обнову свих школа“, рекла је премијерка Милица Јовановић.`,
    names: [{ name: 'Милица Јовановић', entity: 'jovanovic', kind: P }],
    speakers: ['jovanovic'],
  },
  {
    lang: 'sr',
    text: `Према саопштењу Министарства здравља, стање повређених је „стабилно и под контролом“.`,
    names: [{ name: 'Министарства здравља', entity: 'mz-srb', kind: O, inflected: true }],
    speakers: ['mz-srb'],
  },
  {
    lang: 'sr',
    text: `Портпарол министра Драгана Петровића рекао је да министар „нема коментар на те наводе“.`,
    names: [{ name: 'Драгана Петровића', entity: 'petrovic', kind: P, inflected: true }],
    speakers: [null],
  },
  // ---------------- Croatian ----------------
  {
    lang: 'hr',
    text: `"Hrvatska je spremna za novu sezonu", izjavio je premijer Andrej Plenković u Splitu.`,
    names: [
      { name: 'Hrvatska', entity: 'croatia', kind: S },
      { name: 'Andrej Plenković', entity: 'plenkovic', kind: P },
      { name: 'Splitu', entity: 'split', kind: L, inflected: true },
    ],
    speakers: ['plenkovic'],
  },
  {
    lang: 'hr',
    text: `Prema riječima načelnika općine, Ivana Babića, most će biti otvoren „do kraja godine“.`,
    names: [{ name: 'Ivana Babića', entity: 'babic', kind: P, inflected: true }],
    speakers: ['babic'],
  },
  {
    lang: 'hr',
    text: `Navijači Hajduka skandirali su „Hajduk živi vječno“ tijekom cijele utakmice.`,
    names: [
      { name: 'Hajduka', entity: 'hajduk', kind: O, inflected: true },
      { name: 'Hajduk', entity: 'hajduk', kind: O },
    ],
    speakers: [null],
  },
  // ---------------- Russian ----------------
  {
    lang: 'ru',
    text: `«Мы не планируем повышать ставку», — заявила глава ЦБ Эльвира Набиуллина.`,
    names: [
      { name: 'ЦБ', entity: 'cbr', kind: O },
      { name: 'Эльвира Набиуллина', entity: 'nabiullina', kind: P },
    ],
    speakers: ['nabiullina'],
  },
  {
    lang: 'ru',
    text: `Как сообщил ТАСС источник в правительстве, решение «уже принято окончательно».`,
    names: [{ name: 'ТАСС', entity: 'tass', kind: O }],
    speakers: [null],
  },
  {
    lang: 'ru',
    text: `По словам Пескова, Кремль «внимательно следит» за ситуацией.`,
    names: [
      { name: 'Пескова', entity: 'peskov', kind: P, inflected: true },
      { name: 'Кремль', entity: 'kremlin', kind: O },
    ],
    speakers: ['peskov'],
  },
  {
    lang: 'ru',
    text: `Губернатор области Игорь Смирнов назвал ситуацию «крайне сложной». «Мы эвакуируем жителей трёх сёл», — добавил он.`,
    names: [{ name: 'Игорь Смирнов', entity: 'smirnov', kind: P }],
    speakers: ['smirnov', 'smirnov'],
  },
  // ---------------- Albanian ----------------
  {
    lang: 'sq',
    text: `„Nuk do të tërhiqemi nga dialogu“, deklaroi kryeministri Albin Kurti.`,
    names: [{ name: 'Albin Kurti', entity: 'kurti', kind: P }],
    speakers: ['kurti'],
  },
  {
    lang: 'sq',
    text: `Sipas Ministrisë së Shëndetësisë, situata është „nën kontroll të plotë“.`,
    names: [{ name: 'Ministrisë së Shëndetësisë', entity: 'msh-ks', kind: O, inflected: true }],
    speakers: ['msh-ks'],
  },
  // ---------------- Turkish ----------------
  {
    lang: 'tr',
    text: `Merkez Bankası Başkanı Hakan Demir, "Enflasyonla mücadele kararlılıkla sürecek" dedi.`,
    names: [
      { name: 'Merkez Bankası', entity: 'tcmb', kind: O },
      { name: 'Hakan Demir', entity: 'demir', kind: P },
    ],
    speakers: ['demir'],
  },
  {
    lang: 'tr',
    text: `Kadıköy'de kafe işleten bir esnaf, "Kira ödeyemiyoruz artık" diye konuştu.`,
    names: [{ name: 'Kadıköy', entity: 'kadikoy', kind: L }],
    speakers: [null],
  },
  // ---------------- Macedonian ----------------
  {
    lang: 'mk',
    text: `„Нема да дозволиме нови одложувања“, изјави премиерот Христијан Мицкоски.`,
    names: [{ name: 'Христијан Мицкоски', entity: 'mickoski', kind: P }],
    speakers: ['mickoski'],
  },
  // ---------------- added: unattributed-heavy shapes ----------------
  {
    text: `Outside the polling station in Marlow, voters were divided. "I've voted for the same party for forty years and I'm not changing now," said one retired teacher.\n\n"They all promise the same thing," said a younger man, who would not give his name. "Nothing ever changes."`,
    names: [{ name: 'Marlow', entity: 'marlow', kind: L }],
    speakers: [null, null, null],
  },
  {
    text: `Staff described chaotic scenes over the weekend. "There were patients on trolleys in every corridor," one junior doctor said. Another added: "We were told not to speak to the press."\n\nA spokesperson for Riverside NHS Trust said: "Patient safety is always our first priority."`,
    names: [{ name: 'Riverside NHS Trust', entity: 'riverside-trust', kind: O }],
    speakers: [null, null, 'riverside-trust'],
  },
  {
    text: `Witness B, whose identity is protected by the court, said the men had "laughed as they drove off". Asked by the defence whether he was sure, he replied: "I will never forget their faces."`,
    names: [],
    speakers: [null, null],
  },
  {
    text: `"We heard the drones first, then the explosions," a soldier in the Donetsk region, who gave only his call sign, told AFP. Military analysts have described the offensive as "slow but relentless".`,
    names: [
      { name: 'Donetsk', entity: 'donetsk', kind: L },
      { name: 'AFP', entity: 'afp', kind: O },
    ],
    speakers: [null, null],
  },
  {
    text: `Traders described the sell-off as "pure panic". "Nobody wanted to be the last one holding these bonds," one fund manager in Frankfurt said.`,
    names: [{ name: 'Frankfurt', entity: 'frankfurt', kind: L }],
    speakers: [null, null],
  },
  {
    lang: 'de',
    text: `„Wir fühlen uns von der Politik im Stich gelassen“, sagt eine Landwirtin aus der Nähe von Cottbus. Ein Nachbar nickt: „Hier hört uns keiner zu.“`,
    names: [{ name: 'Cottbus', entity: 'cottbus', kind: L }],
    speakers: [null, null],
  },
  {
    lang: 'fr',
    text: `Sur les réseaux sociaux, de nombreux internautes ont dénoncé « un scandale d'État ». « On paie toujours plus pour moins de services », écrit l'un d'eux.`,
    names: [],
    speakers: [null, null],
  },
  {
    lang: 'es',
    text: `Los manifestantes corearon "vivienda digna ya" frente al Congreso. "No podemos pagar 1.200 euros por un piso", explicó una de las organizadoras.`,
    names: [{ name: 'Congreso', entity: 'congreso', kind: O }],
    speakers: [null, null],
  },
  {
    lang: 'it',
    text: `Fonti di Palazzo Chigi definiscono l'incontro "cordiale e costruttivo". "Ci rivedremo presto", avrebbe detto uno dei partecipanti.`,
    names: [{ name: 'Palazzo Chigi', entity: 'palazzo-chigi', kind: O }],
    speakers: [null, null],
  },
  {
    lang: 'ru',
    text: `«Мы остались без света и воды», — рассказала жительница Белгорода. По словам местных чиновников, ремонт займёт «не меньше недели».`,
    names: [{ name: 'Белгорода', entity: 'belgorod', kind: L, inflected: true }],
    speakers: [null, null],
  },
  {
    lang: 'tr',
    text: `Adliye önünde toplanan vatandaşlar "Adalet istiyoruz" sloganları attı. Bir kadın, "Oğlumun hesabını soracağım" dedi.`,
    names: [],
    speakers: [null, null],
  },
  {
    lang: 'sr',
    text: `Građani su na transparentima ispisali „Ne damo reku“. „Ovde živimo ceo život i nećemo otići“, rekla je jedna meštanka.`,
    names: [],
    speakers: [null, null],
  },
];
