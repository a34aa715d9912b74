/**
 * The test set for shared passages, written for this project (no published
 * text): one story, a wire report about a fictional flood, retold by four
 * outlets at growing distance from it (near verbatim, lightly edited,
 * reworded and reordered, heavily paraphrased) and cut by a fifth (sentences
 * merged and split), and three unrelated reports
 * that name the same people and places but share no passage; apart from
 * them, {@link hardNegatives}. Each sentence
 * that retells a fact of the wire report carries that fact's label; two
 * sentences of different reports with one label are a shared passage.
 */

export interface TestSentence {
  text: string;
  /** The fact it retells, if any; or the facts, when one sentence retells two. */
  fact?: string | string[];
}

export interface TestReport {
  id: string;
  date?: string;
  /** The report's language (BCP 47), when not English. */
  lang?: string;
  sentences: TestSentence[];
}

const wire: TestReport = {
  id: 'wire',
  date: '2024-03-14',
  sentences: [
    {
      fact: 'rain',
      text: 'Heavy rain caused the River Lenna to burst its banks on Wednesday night, flooding the centre of Marvik.',
    },
    {
      fact: 'evacuated',
      text: 'Around 1,200 residents were evacuated from their homes by the fire service and the army.',
    },
    {
      fact: 'dead',
      text: 'Two people died and eleven were injured when a bridge on the northern ring road collapsed.',
    },
    {
      fact: 'mayor',
      text: 'Mayor Ilse Varga said the city had not seen such water levels since records began in 1891.',
    },
    {
      fact: 'shelters',
      text: 'Three schools and the sports hall on Quay Street have been turned into emergency shelters.',
    },
    { fact: 'power', text: 'Power was cut to some 8,000 households as a precaution, the regional grid operator said.' },
    { fact: 'trains', text: 'All trains between Marvik and the capital were suspended until further notice.' },
    {
      fact: 'forecast',
      text: 'Forecasters expect the river to peak on Friday morning before the rain eases over the weekend.',
    },
    {
      fact: 'aid',
      text: 'The interior ministry released 15 million euros in emergency aid for the flooded districts.',
    },
    {
      fact: 'warning',
      text: 'Residents of the low-lying Harbour district were told to move valuables to upper floors.',
    },
  ],
};

/** Near verbatim: the wire copy with a word changed here and there, one fact dropped. */
const nearVerbatim: TestReport = {
  id: 'near-verbatim',
  date: '2024-03-14',
  sentences: [
    {
      fact: 'rain',
      text: 'Heavy rain caused the River Lenna to burst its banks late on Wednesday, flooding the centre of Marvik.',
    },
    {
      fact: 'evacuated',
      text: 'About 1,200 residents were evacuated from their homes by the fire service and the army.',
    },
    { fact: 'dead', text: 'Two people died and 11 were injured when a bridge on the northern ring road collapsed.' },
    {
      fact: 'mayor',
      text: 'Mayor Ilse Varga said the city had not seen such water levels since records began in 1891.',
    },
    { fact: 'shelters', text: 'Three schools and the sports hall on Quay Street have become emergency shelters.' },
    {
      fact: 'power',
      text: 'Power was cut to about 8,000 households as a precaution, the regional grid operator said.',
    },
    { fact: 'trains', text: 'All trains between Marvik and the capital have been suspended until further notice.' },
    {
      fact: 'forecast',
      text: 'Forecasters expect the river to peak on Friday morning before the rain eases at the weekend.',
    },
    {
      fact: 'aid',
      text: 'The interior ministry has released 15 million euros in emergency aid for the flooded districts.',
    },
  ],
};

/** Lightly edited: shorter sentences, synonyms, a local angle added. */
const edited: TestReport = {
  id: 'edited',
  date: '2024-03-15',
  sentences: [
    { text: 'MARVIK – The city woke up to streets under water on Thursday.' },
    {
      fact: 'rain',
      text: 'Heavy rain made the River Lenna burst its banks on Wednesday night and flood the centre of Marvik.',
    },
    {
      fact: 'evacuated',
      text: 'Some 1,200 residents had to be evacuated from their homes by firefighters and the army.',
    },
    {
      fact: 'dead',
      text: 'Two people were killed and eleven injured when a bridge on the northern ring road collapsed.',
    },
    {
      fact: 'mayor',
      text: 'The city has not seen such water levels since records began in 1891, Mayor Ilse Varga said.',
    },
    { text: 'Volunteers from the rowing club ferried elderly residents to dry ground in their boats.' },
    { fact: 'shelters', text: 'Three schools and the Quay Street sports hall were turned into emergency shelters.' },
    { fact: 'trains', text: 'Trains between Marvik and the capital were suspended until further notice.' },
    {
      fact: 'aid',
      text: 'The interior ministry released 15 million euros of emergency aid for the flooded districts.',
    },
  ],
};

/** Reworded and reordered: the same facts in other words, in another order. */
const reworded: TestReport = {
  id: 'reworded',
  date: '2024-03-15',
  sentences: [
    { fact: 'dead', text: 'A bridge on the northern ring road collapsed, killing two people and injuring eleven.' },
    {
      fact: 'rain',
      text: 'The River Lenna burst its banks after heavy rain on Wednesday night and flooded central Marvik.',
    },
    { fact: 'evacuated', text: 'The army and the fire service evacuated around 1,200 residents from their homes.' },
    { text: 'Shops on the main square stayed shut as shopkeepers pumped water out of their cellars.' },
    {
      fact: 'mayor',
      text: 'Water levels were the highest since records began in 1891, according to Mayor Ilse Varga.',
    },
    { fact: 'power', text: 'The regional grid operator cut power to 8,000 households as a precaution.' },
    {
      fact: 'forecast',
      text: 'The river is expected to peak on Friday morning, forecasters said, with the rain easing over the weekend.',
    },
  ],
};

/** Heavily paraphrased: a few facts survive, mostly in new words. */
const paraphrased: TestReport = {
  id: 'paraphrased',
  sentences: [
    { text: 'It was the worst night in living memory for the people of Marvik.' },
    {
      fact: 'rain',
      text: 'After a day of heavy rain the Lenna broke its banks on Wednesday night and swept through the centre of Marvik.',
    },
    {
      fact: 'dead',
      text: 'Two people lost their lives and eleven were hurt when part of the northern ring road bridge gave way.',
    },
    { fact: 'evacuated', text: 'Firefighters and soldiers moved roughly 1,200 people out of their homes.' },
    { text: 'Many spent the night on camp beds, unsure what they would find when they returned.' },
    {
      fact: 'aid',
      text: 'The government has promised 15 million euros in emergency aid for the flooded districts of the city.',
    },
  ],
};

/** A subeditor's cut of the wire copy: two pairs of its sentences merged into one each, one split in two. */
const cut: TestReport = {
  id: 'cut',
  date: '2024-03-14',
  sentences: [
    {
      fact: ['rain', 'evacuated'],
      text:
        'Heavy rain caused the River Lenna to burst its banks on Wednesday night, flooding the centre of Marvik, ' +
        'and around 1,200 residents were evacuated from their homes by the fire service and the army.',
    },
    { fact: 'dead', text: 'A bridge on the northern ring road collapsed on Wednesday night.' },
    { fact: 'dead', text: 'Two people died and eleven were injured.' },
    {
      fact: 'mayor',
      text: '“The city has not seen such water levels since records began in 1891,” Mayor Ilse Varga said.',
    },
    {
      fact: ['shelters', 'power'],
      text:
        'Three schools and the sports hall on Quay Street have been turned into emergency shelters, ' +
        'while power was cut to some 8,000 households as a precaution.',
    },
    { fact: 'trains', text: 'All trains between Marvik and the capital were suspended until further notice.' },
  ],
};

/** Unrelated reports that name the same people and places. */
const unrelated: TestReport[] = [
  {
    id: 'budget',
    date: '2024-01-20',
    sentences: [
      { text: 'Mayor Ilse Varga presented the city budget for 2024 to the Marvik council on Tuesday.' },
      { text: 'The plan sets aside 40 million euros for new schools and a sports hall on Quay Street.' },
      { text: 'Opposition councillors said the budget did too little for the Harbour district.' },
      { text: 'The regional grid operator will replace power lines under the northern ring road next year.' },
      { text: 'A vote on the budget is expected before the end of February.' },
      // Stock words the drought report also has, said by someone else, who opens the sentence.
      { text: 'Varga wants the council to approve the plan before the summer holidays begin.' },
      // A stock sentence that the drought report also has, about someone else: not a shared passage.
      { text: 'Opposition leader Tomas Brenner did not immediately respond to a request for comment.' },
      // Reporters' formulas, which the rowing report also has, naming nobody: no fact of either story.
      { text: 'City officials did not immediately respond to requests for comment on Tuesday.' },
    ],
  },
  {
    id: 'rowing',
    date: '2023-08-02',
    sentences: [
      { text: 'The Marvik rowing club won the national eights title on the River Lenna on Sunday.' },
      { text: 'Mayor Ilse Varga handed the trophy to the crew at the finish line near Quay Street.' },
      { text: 'Two members of the crew were injured in a training accident in the spring.' },
      { text: 'Extra trains from the capital brought thousands of fans to Marvik for the race.' },
      { text: 'Club officials did not immediately respond to a request for comment.' },
      { text: 'It was not immediately clear how many fans had travelled from abroad.' },
    ],
  },
  // Two unrelated stories told in the same stock sentences (an appeal for witnesses, an inquiry under
  // way, no claim of responsibility), naming nothing they share: no passage of either.
  {
    id: 'warehouse-fire',
    date: '2024-02-11',
    sentences: [
      { text: 'A fire destroyed a furniture warehouse in the Harbour district of Marvik early on Sunday.' },
      { text: 'Police asked anyone with information about the fire to contact them.' },
      { text: 'The cause of the fire is under investigation, officials said.' },
      { text: 'No one has claimed responsibility for the damage so far.' },
      { text: 'The owner said the building had been empty for several months.' },
    ],
  },
  {
    id: 'road-crash',
    date: '2024-05-03',
    sentences: [
      { text: 'Three people were hurt when a lorry hit a bus on the motorway south of Tessel on Friday.' },
      { text: 'Police have asked anyone with information about the crash to contact them.' },
      { text: 'The cause of the crash remains under investigation, officials said.' },
      { text: 'No group has claimed responsibility for the damage so far.' },
      { text: 'The motorway was closed for six hours while the wreckage was cleared.' },
    ],
  },
  {
    id: 'drought',
    date: '2022-07-30',
    sentences: [
      { text: 'The River Lenna has shrunk to a trickle after the driest July the region can remember.' },
      { text: 'Boats were stranded on the dry river bed below the old town of Marvik.' },
      { text: 'The interior ministry asked residents to limit their water use until the autumn.' },
      { text: 'Farmers in the region said they had lost half of their harvest.' },
      { text: 'The Lenna water authority did not immediately respond to a request for comment.' },
      { text: 'Brenner wants the council to approve the plan before the summer holidays begin.' },
      { text: 'It was not immediately clear how many farms had been hit.' },
    ],
  },
];

/**
 * Hard negatives: sentences of other stories that repeat a phrase of the
 * flood story word for word but not its fact (trains late, not suspended;
 * water at its lowest, not its highest). A method that compares words
 * cannot tell these apart; they are scored apart from the test set, to show
 * how far it goes.
 */
export const hardNegatives: TestReport[] = [
  {
    id: 'hard-negatives',
    date: '2023-08-02',
    sentences: [
      { text: 'Trains between Marvik and the capital ran late because of the crowds.' },
      { text: 'Water levels on the River Lenna fell to their lowest since records began in 1891.' },
    ],
  },
];

/** The names and aliases a glossary of this archive would hold: they tell which sentences open with a name. */
export const testSetNames = [
  'Ilse Varga',
  'Varga',
  'Tomas Brenner',
  'Brenner',
  'Marvik',
  'River Lenna',
  'Lenna',
  'Quay Street',
  'Harbour district',
  'Lenna water authority',
];

/** The test set: the story's five versions and the unrelated reports. */
export const passageTestSet: TestReport[] = [wire, nearVerbatim, edited, reworded, paraphrased, cut, ...unrelated];
