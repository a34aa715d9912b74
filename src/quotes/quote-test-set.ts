/**
 * The test set for quote attribution, written for this project: paragraphs
 * in the shapes news reports use, with the names the annotator would link
 * and, for each quotation in order, who the text says spoke it (or `null`
 * when it does not say, which the finder must respect).
 */

export interface QuoteCase {
  /** One paragraph, or several apart by a blank line. */
  text: string;
  /**
   * Names as they appear in the text, with the entity and kind the glossary gives them, and whether
   * the annotator would find them in another case than the glossary's (`Vučića` for `Vučić`).
   */
  names: { name: string; entity: string; kind: string; inflected?: boolean }[];
  /** Each quotation's speaker, in order; `null` for an unattributed one. */
  speakers: (string | null)[];
  /** The article's language (BCP 47), when not English. */
  lang?: string;
}

const kirby = { name: 'Kirby', entity: 'john-kirby', kind: 'person' };
const johnKirby = { name: 'John Kirby', entity: 'john-kirby', kind: 'person' };
const whiteHouse = { name: 'White House', entity: 'white-house', kind: 'organization' };
const varga = { name: 'Ilse Varga', entity: 'ilse-varga', kind: 'person' };
const vargaShort = { name: 'Varga', entity: 'ilse-varga', kind: 'person' };
const ministry = { name: 'interior ministry', entity: 'interior-ministry', kind: 'organization' };
const marvik = { name: 'Marvik', entity: 'marvik', kind: 'place' };
const serbia = { name: 'Serbia', entity: 'serbia', kind: 'state' };
const nato = { name: 'NATO', entity: 'nato', kind: 'organization' };
const stoltenberg = { name: 'Jens Stoltenberg', entity: 'jens-stoltenberg', kind: 'person' };
const kurti = { name: 'Kurti', entity: 'albin-kurti', kind: 'person' };
const vucic = { name: 'Vučić', entity: 'aleksandar-vucic', kind: 'person' };
const radioMarvik = { name: 'Radio Marvik', entity: 'radio-marvik', kind: 'organization' };
/** Names as inflected or written in other languages and scripts. */
const vucicGenitive = { name: 'Vučića', entity: 'aleksandar-vucic', kind: 'person', inflected: true };
const vucicCyrillic = { name: 'Вучић', entity: 'aleksandar-vucic', kind: 'person' };
const stoltenbergRussian = { name: 'Столтенберг', entity: 'jens-stoltenberg', kind: 'person' };
const stoltenbergRussianGenitive = {
  name: 'Столтенберга',
  entity: 'jens-stoltenberg',
  kind: 'person',
  inflected: true,
};
const kurtiRussian = { name: 'Курти', entity: 'albin-kurti', kind: 'person' };
const natoRussian = { name: 'НАТО', entity: 'nato', kind: 'organization' };
const nscLowerCase = {
  name: 'White House national security council',
  entity: 'us-national-security-council',
  kind: 'organization',
};
const vucicFull = { name: 'Aleksandar Vučić', entity: 'aleksandar-vucic', kind: 'person' };
const kurtiMacedonian = { name: 'Курти', entity: 'albin-kurti', kind: 'person' };
const vucicMacedonian = { name: 'Вучиќ', entity: 'aleksandar-vucic', kind: 'person' };
const vucicItalian = { name: 'Aleksandar Vucic', entity: 'aleksandar-vucic', kind: 'person' };
const vucicTurkish = { name: 'Vucic', entity: 'aleksandar-vucic', kind: 'person' };
const vucicTurkishGenitive = { name: 'Vucic', entity: 'aleksandar-vucic', kind: 'person', inflected: true };
const kurtiTurkishDative = { name: 'Kurti', entity: 'albin-kurti', kind: 'person', inflected: true };
const kurtiGermanGenitive = { name: 'Kurtis', entity: 'albin-kurti', kind: 'person', inflected: true };
const kurtiSerbianGenitive = { name: 'Kurtija', entity: 'albin-kurti', kind: 'person', inflected: true };
const ministryGerman = { name: 'Innenministerium', entity: 'interior-ministry', kind: 'organization' };
/** Names in Chinese (simplified, and traditional as Taiwan and Hong Kong write them) and Japanese. */
const vargaChinese = { name: '瓦尔加', entity: 'ilse-varga', kind: 'person' };
const vargaTraditional = { name: '瓦爾加', entity: 'ilse-varga', kind: 'person' };
const marvikChinese = { name: '马尔维克', entity: 'marvik', kind: 'place' };
const marvikTraditional = { name: '馬爾維克', entity: 'marvik', kind: 'place' };
const radioMarvikChinese = { name: '马尔维克电台', entity: 'radio-marvik', kind: 'organization' };
const xinhua = { name: '新华社', entity: 'xinhua', kind: 'organization' };
const foreignMinistryChinese = { name: '外交部', entity: 'foreign-ministry', kind: 'organization' };
const linXiao = { name: '林晓', entity: 'lin-xiao', kind: 'person' };
const natoChinese = { name: '北约', entity: 'nato', kind: 'organization' };
const vucicChinese = { name: '武契奇', entity: 'aleksandar-vucic', kind: 'person' };
const vargaJapanese = { name: 'ヴァルガ', entity: 'ilse-varga', kind: 'person' };
const marvikJapanese = { name: 'マルビク', entity: 'marvik', kind: 'place' };
const radioMarvikJapanese = { name: 'マルビク放送', entity: 'radio-marvik', kind: 'organization' };
const policeJapanese = { name: 'マルビク警察', entity: 'marvik-police', kind: 'organization' };
const foreignMinistryJapanese = { name: '外務省', entity: 'foreign-ministry', kind: 'organization' };
const vucicJapanese = { name: 'ブチッチ', entity: 'aleksandar-vucic', kind: 'person' };
const kurtiJapanese = { name: 'クルティ', entity: 'albin-kurti', kind: 'person' };
const takahashi = { name: '高橋', entity: 'misaki-takahashi', kind: 'person' };

export const quoteTestSet: QuoteCase[] = [
  {
    text: '“Everyone involved in this attack must be brought to justice,” Kirby said on Friday.',
    names: [kirby],
    speakers: ['john-kirby'],
  },
  {
    text: '"We are watching the build-up very closely," said John Kirby, the White House spokesperson.',
    names: [johnKirby, whiteHouse],
    speakers: ['john-kirby'],
  },
  {
    text: '“The water has never been this high,” said Marvik mayor Ilse Varga.',
    names: [marvik, varga],
    speakers: ['ilse-varga'],
  },
  {
    text: 'Kirby told reporters: "This is an unprecedented deployment of advanced artillery and tanks."',
    names: [kirby],
    speakers: ['john-kirby'],
  },
  {
    // Whom a verb addresses, named between it and the quotation, is not who speaks.
    text: 'Varga told Radio Marvik: "We will open two more shelters before the river peaks on Friday."',
    names: [vargaShort, radioMarvik],
    speakers: ['ilse-varga'],
  },
  {
    text: 'Jens Stoltenberg urged Kurti and Vučić to “show restraint and return to talks without conditions”.',
    names: [stoltenberg, kurti, vucic],
    speakers: ['jens-stoltenberg'],
  },
  {
    // Not only whom the verb addresses: the ministry may have written these words.
    text: 'Varga told reporters the interior ministry had promised "help for every flooded street within the hour".',
    names: [vargaShort, ministry],
    speakers: [null],
  },
  {
    text: 'The White House said that "the movement of forces is very destabilising" for the region.',
    names: [whiteHouse],
    speakers: ['white-house'],
  },
  {
    text: 'Ilse Varga visited the shelters on Thursday. "People have lost everything in one night," she said.',
    names: [varga],
    speakers: ['ilse-varga'],
  },
  {
    text: 'The aid will reach the districts within days, “as soon as the water recedes,” according to the interior ministry.',
    names: [ministry],
    speakers: ['interior-ministry'],
  },
  {
    text: '“We will not abandon anyone,” the interior ministry said in a statement.',
    names: [ministry],
    speakers: ['interior-ministry'],
  },
  {
    text: 'NATO Secretary General Jens Stoltenberg said the alliance would "do what is necessary" to keep Kosovo safe.',
    names: [nato, stoltenberg],
    // Words quoted inside reported speech are the reporter's source's: his.
    speakers: ['jens-stoltenberg'],
  },
  {
    text: 'Residents described the night as "a nightmare that did not end" as the river kept rising.',
    names: [],
    speakers: [null],
  },
  {
    text: '"It came so fast," one resident said. "We had ten minutes to leave."',
    names: [],
    speakers: [null, null],
  },
  {
    text: '“Nobody could have prepared for this,” he said, standing in the flooded square of Marvik.',
    names: [marvik],
    speakers: [null],
  },
  {
    text: 'Serbia has rejected the claims. "These are lies and fabrications," Serbia said in a note to the United Nations.',
    names: [serbia],
    speakers: ['serbia'],
  },
  {
    text: 'Marvik said "the roads are closed until Monday" in a message on its website.',
    names: [marvik],
    speakers: [null],
  },
  {
    text: 'The phrase "water levels not seen since 1891" appeared on every front page, but Varga did not repeat it.',
    names: [vargaShort],
    speakers: [null],
  },
  {
    text: 'Kirby spoke after the meeting. Later the White House added: "The president has been briefed on the situation."',
    names: [kirby, whiteHouse],
    speakers: ['white-house'],
  },
  {
    // An apposition between the speaker and the verb may name someone else.
    text: 'Stoltenberg, speaking to Radio Marvik on Sunday, said: "KFOR is ready to act if needed."',
    names: [{ name: 'Stoltenberg', entity: 'jens-stoltenberg', kind: 'person' }, radioMarvik],
    speakers: ['jens-stoltenberg'],
  },
  {
    text: '"This is a dangerous moment," a Western diplomat told Radio Marvik, speaking on condition of anonymity.',
    names: [radioMarvik],
    speakers: [null],
  },
  {
    text: 'Serbia called the raid "a terrorist act against our people", while Kurti blamed Belgrade for it.',
    names: [serbia, kurti],
    // Serbia's words, but not in any shape that says so: left unattributed.
    speakers: [null],
  },
  {
    text: '"We have no information about that," the defence ministry said, rejecting Kirby\'s claims.',
    names: [kirby],
    speakers: [null],
  },
  {
    // A headline's or a lead-in's shape: the speaker's name, a colon, the quotation.
    text: 'Stoltenberg: "KFOR will not let this go unanswered." NATO chief Jens Stoltenberg: "We are ready." Kurti to Vučić: "Stop the threats."',
    names: [{ name: 'Stoltenberg', entity: 'jens-stoltenberg', kind: 'person' }, nato, stoltenberg, kurti, vucic],
    speakers: ['jens-stoltenberg', 'jens-stoltenberg', null],
  },
  {
    // A pronoun before the verb stands for the speaker as one after a quotation does.
    text: 'Kirby said: "We have seen a large military deployment." He added that Washington was "very concerned by it".',
    names: [kirby],
    speakers: ['john-kirby', 'john-kirby'],
  },
  {
    text: 'Kurti met Vučić in Brussels on Monday. He said afterwards: "Nothing has changed."',
    names: [kurti, vucic],
    speakers: [null],
  },
  {
    // A person spoken for is not the speaker; a body spoken for is.
    text: '"There will be no comment," said a spokesman for Vučić. A lawyer for Kurti told Radio Marvik: "We will appeal."',
    names: [vucic, kurti, radioMarvik],
    speakers: [null, null],
  },
  {
    // Quoted names of newspapers and broadcasters are no quotations.
    text: 'Vučić told the daily "Vecernje Novosti" that Serbia would never recognise Kosovo. Kurti said in an interview with "Radio Free Europe" that talks had failed.',
    names: [vucic, kurti],
    speakers: [],
  },
  {
    // A title may stand between `for` and the person spoken for; a name between `of` and the speaker ends it.
    text: 'A spokesman for Serbian President Aleksandar Vučić said: "These are baseless claims." Prime Minister of Kosovo Albin Kurti said: "The weapons came from Serbia."',
    names: [
      { name: 'Aleksandar Vučić', entity: 'aleksandar-vucic', kind: 'person' },
      { name: 'Kosovo', entity: 'kosovo', kind: 'state' },
      { name: 'Albin Kurti', entity: 'albin-kurti', kind: 'person' },
    ],
    speakers: [null, 'albin-kurti'],
  },
  {
    text: '"The president has been briefed," said a spokeswoman for the White House.',
    names: [whiteHouse],
    speakers: ['white-house'],
  },
  {
    text: 'Kurti sagte der Zeitung „Koha Ditore“, die Angreifer seien aus Serbien gekommen.',
    names: [kurti],
    speakers: [],
    lang: 'de',
  },
  {
    text: 'Vučić je za list „Večernje novosti“ rekao da Srbija neće priznati Kosovo.',
    names: [vucic],
    speakers: [],
    lang: 'sr-Latn',
  },
  {
    text: 'Kurti traf am Montag Journalisten in Priština. Er sagte: „Wir werden nicht nachgeben.“',
    names: [kurti],
    speakers: ['albin-kurti'],
    lang: 'de',
  },
  {
    text: 'Kurti je rekao da je napad bio „teroristički čin“. Dodao je da Priština „neće odustati od dijaloga“.',
    names: [kurti],
    speakers: ['albin-kurti', 'albin-kurti'],
    lang: 'sr-Latn',
  },
  {
    text: '„Dazu äußern wir uns nicht“, sagte ein Sprecher von Vučić. Nach Angaben von Kurti war der Angriff „lange vorbereitet worden“.',
    names: [vucic, kurti],
    speakers: [null, 'albin-kurti'],
    lang: 'de',
  },
  {
    text: '„Wir haben alles verloren“, sagte ein Anwohner, als Ilse Varga die Notunterkunft besuchte.',
    names: [varga],
    speakers: [null],
    lang: 'de',
  },
  {
    // A verb that calls on someone introduces the words the speaker calls for.
    text: 'Emmanuel Macron a appelé « toutes les parties à la plus grande retenue ». Vučić a été invité à Paris.',
    names: [{ name: 'Emmanuel Macron', entity: 'emmanuel-macron', kind: 'person' }, vucic],
    speakers: ['emmanuel-macron'],
    lang: 'fr',
  },
  {
    text: '«Nous ne lâcherons personne», a déclaré le ministère, selon NATO.',
    names: [nato],
    speakers: [null],
    lang: 'fr',
  },
  {
    text: '“There will be no impunity for the attackers,” Kirby added, “and we expect Belgrade to cooperate fully.”',
    names: [kirby],
    // A quotation split by its attribution: both halves are his.
    speakers: ['john-kirby', 'john-kirby'],
  },
  {
    text: 'Kirby said the president had spoken to Ilse Varga, who called the flood "the worst in our history".',
    names: [kirby, varga],
    speakers: [null],
  },
  {
    text: 'Varga thanked the rowing club, whose members said they would "do it again tomorrow".',
    names: [vargaShort],
    speakers: [null],
  },
  {
    // "he" is the first one named, but only the sentence's grammar says so: the finder leaves it.
    text: 'Kurti accused Vučić of arming the gunmen. "This attack was planned in Belgrade," he said.',
    names: [kurti, vucic],
    speakers: ['albin-kurti'],
  },
  {
    // Two people named before "he added": the speaker of the quotation before it goes on.
    text: '"We will not be intimidated," Kurti said of Vučić. "Serbia must answer for this," he added.',
    names: [kurti, vucic, serbia],
    speakers: ['albin-kurti', 'albin-kurti'],
  },
  {
    // A reader takes "he" for the last one named, Vučić; the finder sees two candidates and leaves it.
    text: '"We will not be intimidated," Kurti said. Vučić denied any role. "This is a lie," he said.',
    names: [kurti, vucic],
    speakers: ['albin-kurti', 'aleksandar-vucic'],
  },
  {
    // Who the reporter's source is, before the quotation: nobody else named between.
    text: 'According to Ilse Varga, the dam held "only because the volunteers never stopped".',
    names: [varga],
    speakers: ['ilse-varga'],
  },
  {
    text: 'According to Kirby, Vučić had promised "a full investigation within days".',
    names: [kirby, vucic],
    speakers: [null],
  },
  {
    // The verb's subject is "one resident"; the name comes after a clause.
    text: '"We lost the whole ground floor," said one resident, as Ilse Varga walked past.',
    names: [varga],
    speakers: [null],
  },
  {
    text: '"Everyone involved must be held to account," said the White House\'s national security spokesperson, John Kirby.',
    names: [whiteHouse, johnKirby],
    speakers: ['john-kirby'],
  },
  {
    text: '“The level is falling,” the interior ministry said, after Varga had warned of “a second wave by Sunday”.',
    names: [ministry, vargaShort],
    // Each has its own speaker in one sentence: the nearest speech verb's subject.
    speakers: ['interior-ministry', 'ilse-varga'],
  },
  {
    // A person's spokesperson speaks, not the person.
    text: '"The talks are over for now," said Kurti\'s spokesman, Jeton Berisha.',
    names: [kurti, { name: 'Jeton Berisha', entity: 'jeton-berisha', kind: 'person' }],
    speakers: ['jeton-berisha'],
  },
  {
    // A quotation that opens the next sentence goes on in the same speaker's words.
    text: '“We are deeply concerned,” Kirby said. “This is an unprecedented deployment of tanks and artillery.”',
    names: [kirby],
    speakers: ['john-kirby', 'john-kirby'],
  },
  {
    // Not after a sentence of something else.
    text: '“The talks are over,” Kurti said. Vučić denied this. “It is all a lie from start to end.”',
    names: [kurti, vucic],
    speakers: ['albin-kurti', null],
  },
  {
    text: '“We will respond,” Kirby said. “Serbia will not be intimidated” was the reply of Vučić.',
    names: [kirby, vucic],
    // The second has no speech verb for Vučić, but it is not Kirby's.
    speakers: ['john-kirby', null],
  },
  {
    // A quotation of two paragraphs: the first left open, the second opening with a quotation mark.
    text: 'Kirby told reporters: “We are watching the build-up very closely.\n\n“We call on Serbia to withdraw these forces from the border.”',
    names: [kirby],
    speakers: ['john-kirby', 'john-kirby'],
  },
  {
    text: '“The water came in the night,” Varga said. “We had no time to warn everyone.\n\n“Nobody in Marvik has seen anything like it.”',
    names: [vargaShort, marvik],
    speakers: ['ilse-varga', 'ilse-varga', 'ilse-varga'],
  },
  {
    // The next paragraph names its own speaker.
    text: '"We are ready to talk," Kurti said. "But not under threat.\n\n"This is a provocation," Vučić said.',
    names: [kurti, vucic],
    speakers: ['albin-kurti', 'albin-kurti', 'aleksandar-vucic'],
  },
  {
    text: 'Residents described the night. "It was like a river running through the street.\n\n"We lost everything in ten minutes," one of them said.',
    names: [],
    speakers: [null, null],
  },
  {
    text: '“We will respond to any provocation,” Kirby, the White House spokesman, said on Friday.',
    names: [kirby, whiteHouse],
    speakers: ['john-kirby'],
  },
  {
    // His spokesman, unnamed, speaks.
    text: 'Kurti’s spokesman said: "The prime minister will not travel to Brussels this week."',
    names: [kurti],
    speakers: [null],
  },
  {
    text: '„Das ist Unsinn“, sagte Kurti über Vučić.',
    names: [kurti, vucic],
    speakers: ['albin-kurti'],
    lang: 'de',
  },
  {
    text: '„Wir werden niemanden im Stich lassen“, sagte Ilse Varga am Freitag.',
    names: [varga],
    speakers: ['ilse-varga'],
    lang: 'de',
  },
  {
    text: '„Wir sind sehr besorgt“, sagte Varga. „So hoch stand das Wasser noch nie.“',
    names: [vargaShort],
    speakers: ['ilse-varga', 'ilse-varga'],
    lang: 'de',
  },
  {
    text: 'Varga sagte dem Sender Radio Marvik: „Das Wasser steigt schneller als erwartet.“',
    names: [vargaShort, radioMarvik],
    speakers: ['ilse-varga'],
    lang: 'de',
  },
  {
    text: '»Die Lage bleibt ernst«, so Varga nach der Sitzung des Krisenstabs.',
    names: [vargaShort],
    speakers: ['ilse-varga'],
    lang: 'de',
  },
  {
    text: 'Ilse Varga besuchte am Abend die Turnhalle. „Die Menschen haben alles verloren“, sagte sie.',
    names: [varga],
    speakers: ['ilse-varga'],
    lang: 'de',
  },
  {
    text: '„Hilfe kommt in jede Straße“, teilte das Innenministerium mit, nachdem Varga Kritik geübt hatte.',
    names: [ministryGerman, vargaShort],
    speakers: ['interior-ministry'],
    lang: 'de',
  },
  {
    text: '« Nous ouvrirons deux abris de plus avant vendredi », a déclaré Ilse Varga à la presse.',
    names: [varga],
    speakers: ['ilse-varga'],
    lang: 'fr',
  },
  {
    text: 'Ilse Varga a remercié les bénévoles. « Sans eux, la digue aurait cédé », a-t-elle ajouté.',
    names: [varga],
    speakers: ['ilse-varga'],
    lang: 'fr',
  },
  {
    text: 'Varga a déclaré à Radio Marvik : « Personne ne sera laissé seul. »',
    names: [vargaShort, radioMarvik],
    speakers: ['ilse-varga'],
    lang: 'fr',
  },
  {
    text: '„Nećemo odustati od dijaloga“, rekao je Kurti novinarima u Prištini.',
    names: [kurti],
    speakers: ['albin-kurti'],
    lang: 'sr-Latn',
  },
  {
    text: 'Kurti je optužio Vučića za napad. „Sve je planirano u Beogradu“, rekao je.',
    names: [kurti, vucicGenitive],
    // Vučića, in the accusative, is not whom the left-out subject stands for.
    speakers: ['albin-kurti'],
    lang: 'sr-Latn',
  },
  {
    // `Портпарол Вучића`, Vučić's spokesman: Vučić in the genitive is not who speaks.
    text: 'Портпарол Вучића рекао је: „Без коментара за сада.“ „Нећемо то коментарисати“, рекао је портпарол Вучића.',
    names: [{ name: 'Вучића', entity: 'aleksandar-vucic', kind: 'person', inflected: true }],
    speakers: [null, null],
    lang: 'sr-Cyrl',
  },
  {
    text: '„Србија није умешана у напад“, рекао је Вучић на конференцији за медије.',
    names: [vucicCyrillic],
    speakers: ['aleksandar-vucic'],
    lang: 'sr-Cyrl',
  },
  {
    text: 'Kurti je rekao da je Vučića pozvao na „razgovore bez preduslova“.',
    names: [kurti, vucicGenitive],
    speakers: [null],
    lang: 'sr-Latn',
  },
  {
    // `da` (that) opens what Kurti is said to do: the words may be his.
    text: 'Vučić je rekao da Kurti „laže o svemu što se dogodilo“.',
    names: [vucic, kurti],
    speakers: [null],
    lang: 'sr-Latn',
  },
  {
    text: 'Kurti sagte, Vučić habe „den Angriff von Anfang an geplant“.',
    names: [kurti, vucic],
    speakers: [null],
    lang: 'de',
  },
  {
    text: '«Альянс не допустит эскалации», — заявил Столтенберг журналистам.',
    names: [stoltenbergRussian],
    speakers: ['jens-stoltenberg'],
    lang: 'ru',
  },
  {
    text: 'По словам Столтенберга, НАТО готово «усилить присутствие в течение нескольких дней».',
    names: [stoltenbergRussianGenitive, natoRussian],
    // NATO, an organisation, is named between: it may be NATO's own wording.
    speakers: [null],
    lang: 'ru',
  },
  {
    text: '„Nuk do të tërhiqemi nga dialogu“, tha Kurti pas takimit.',
    names: [kurti],
    speakers: ['albin-kurti'],
    lang: 'sq',
  },
  {
    text: '«No abandonaremos a ningún vecino», dijo Ilse Varga el viernes.',
    names: [varga],
    speakers: ['ilse-varga'],
    lang: 'es',
  },
  {
    text: '«Non lasceremo nessuno da solo», ha detto Ilse Varga ai giornalisti.',
    names: [varga],
    speakers: ['ilse-varga'],
    lang: 'it',
  },
  // Macedonian: like Serbian, a subject often left out; `на` makes a possessor of the name after it.
  {
    text: '„Оружјето дојде од Србија“, изјави Курти пред новинарите во Приштина.',
    names: [kurtiMacedonian],
    speakers: ['albin-kurti'],
    lang: 'mk',
  },
  {
    text: 'Курти изјави: „Нема да дозволиме нов напад на нашата полиција.“',
    names: [kurtiMacedonian],
    speakers: ['albin-kurti'],
    lang: 'mk',
  },
  {
    text: 'Вучиќ ги отфрли обвинувањата. „Ова се лаги и ништо друго“, рече тој.',
    names: [vucicMacedonian],
    speakers: ['aleksandar-vucic'],
    lang: 'mk',
  },
  {
    text: 'Портпаролот на Вучиќ изјави: „Ова се неосновани обвинувања.“',
    names: [vucicMacedonian],
    speakers: [null],
    lang: 'mk',
  },
  {
    text: 'Според Курти, „нападот бил планиран со месеци“.',
    names: [kurtiMacedonian],
    speakers: ['albin-kurti'],
    lang: 'mk',
  },
  {
    text: 'Весникот „Нова Македонија“ објави интервју со Курти.',
    names: [kurtiMacedonian],
    speakers: [],
    lang: 'mk',
  },
  // Italian: a rejection before a colon says whose words follow, a shape not read (a known miss).
  {
    text: 'Il presidente serbo Aleksandar Vucic ha respinto le accuse: "La Serbia non c\'entra nulla".',
    names: [vucicItalian],
    speakers: ['aleksandar-vucic'],
    lang: 'it',
  },
  // Turkish: the verb ends the sentence; a name with a case ending after an apostrophe is no subject.
  {
    text: 'Kurti, "Silahlar Sırbistan\'dan geldi" dedi.',
    names: [kurti],
    speakers: ['albin-kurti'],
    lang: 'tr',
  },
  {
    text: 'Kurti şunları söyledi: "Saldırı aylarca planlandı."',
    names: [kurti],
    speakers: ['albin-kurti'],
    lang: 'tr',
  },
  {
    text: 'Vucic suçlamaları reddetti. "Bunlar yalan ve iftira" diye konuştu.',
    names: [vucicTurkish],
    speakers: ['aleksandar-vucic'],
    lang: 'tr',
  },
  {
    text: 'Kurti basın toplantısı düzenledi.\n\nVucic\'in sözcüsü, "Bunlar asılsız iddialar" dedi.',
    names: [kurti, vucicTurkishGenitive],
    speakers: [null],
    lang: 'tr',
  },
  // A known miss: `göre` (according to) follows its name.
  {
    text: 'Kurti\'ye göre "saldırı aylarca planlandı".',
    names: [kurtiTurkishDative],
    speakers: ['albin-kurti'],
    lang: 'tr',
  },
  // A subject left out after a person named in another case in its sentence: not someone named
  // paragraphs before; one named so in an earlier sentence does not stop the paragraph's subject going on.
  {
    text: 'Kurti je održao konferenciju za novinare.\n\nPortparol Vučića: „Ovo su obične laži“, rekao je.',
    names: [kurti, vucicGenitive],
    speakers: [null],
    lang: 'sr-Latn',
  },
  {
    text: 'Kurti je održao konferenciju za novinare.\n\nOn je optužio Vučića za napad. „Sve je planirano u Beogradu“, rekao je.',
    names: [kurti, vucicGenitive],
    speakers: ['albin-kurti'],
    lang: 'sr-Latn',
  },
  // A second quotation later in the sentence of the first is not the first speaker's going on: here
  // another person's words, in a clause about him; a claim reported by someone else is not its author's.
  {
    text: '“We will not allow it,” Kurti wrote on X, a day after Vučić called the police action “a pogrom against Serbs.”',
    names: [kurti, vucic],
    speakers: ['albin-kurti', null],
  },
  {
    text: 'Vučić rejected Kirby’s claim that the buildup was “an unprecedented staging of forces.”',
    names: [vucic, kirby],
    speakers: [null],
  },
  {
    text: 'Asked about Kirby’s remarks, Vučić said: “Nobody will tell us where to keep our army.”',
    names: [kirby, vucic],
    speakers: ['aleksandar-vucic'],
  },
  // A quotation that ends its sentence is read in that sentence, not in the next one's opening words.
  {
    text: 'In his letter to Stoltenberg, Kurti wrote that “NATO must stay.” Stoltenberg replied that “KFOR is here to stay.”',
    names: [{ name: 'Stoltenberg', entity: 'jens-stoltenberg', kind: 'person' }, kurti],
    speakers: ['albin-kurti', 'jens-stoltenberg'],
  },
  // A person's office speaks for him, after `according to` as before `said`.
  {
    text: 'According to Kurti’s office, “the attack was planned in Belgrade.”',
    names: [kurti],
    speakers: [null],
  },
  {
    text: '“The attack was planned in Belgrade,” according to Kurti’s office.',
    names: [kurti],
    speakers: [null],
  },
  // After `according to`, one spoken for by a word after it (`a spokesman for`, `the office of`) does
  // not speak; one under a title does.
  {
    text: 'According to a spokesman for Kurti, the attack was “planned in Belgrade.”',
    names: [kurti],
    speakers: [null],
  },
  {
    text: 'According to Kosovo Prime Minister Kurti, the attack was “planned in Belgrade.”',
    names: [kurti],
    speakers: ['albin-kurti'],
  },
  {
    text: 'Laut dem Büro von Kurti war der Angriff „in Belgrad geplant“.',
    names: [kurti],
    speakers: [null],
    lang: 'de',
  },
  {
    text: 'Laut einem Sprecher Kurtis war der Angriff „in Belgrad geplant“.',
    names: [kurtiGermanGenitive],
    speakers: [null],
    lang: 'de',
  },
  {
    text: 'Prema rečima portparola Kurtija, napad je „planiran u Beogradu“.',
    names: [kurtiSerbianGenitive],
    speakers: [null],
    lang: 'sr-Latn',
  },
  {
    text: 'Prema rečima Kurtija, napad je „planiran u Beogradu“.',
    names: [kurtiSerbianGenitive],
    speakers: ['albin-kurti'],
    lang: 'sr-Latn',
  },
  {
    text: 'По словам представителя Курти, нападение было «спланировано в Белграде».',
    names: [kurtiRussian],
    speakers: [null],
    lang: 'ru',
  },
  {
    text: 'Sipas zëdhënësit të Kurtit, sulmi ishte „planifikuar në Beograd“.',
    names: [{ name: 'Kurtit', entity: 'albin-kurti', kind: 'person', inflected: true }],
    speakers: [null],
    lang: 'sq',
  },
  {
    text: 'Selon le bureau de Kurti, l’attaque a été « planifiée à Belgrade ».',
    names: [kurti],
    speakers: [null],
    lang: 'fr',
  },
  // A body's spokesperson named in an apposition: the person speaks, not the body.
  {
    text: 'The White House national security council spokesperson, John Kirby, said on Friday: "We are calling on Serbia to withdraw those forces from the border."',
    names: [nscLowerCase, johnKirby],
    speakers: ['john-kirby'],
  },
  // A name that only qualifies who speaks: a possessive, or a name before a word for an aide or an office.
  {
    text: '"We will not allow another attack," said Kurti\'s spokesman.',
    names: [kurti],
    speakers: [null],
  },
  {
    text: '"We will not allow another attack," said Serbian President Aleksandar Vučić\'s adviser.',
    names: [vucicFull],
    speakers: [null],
  },
  {
    text: 'A Kurti aide said: "We will not allow another attack."',
    names: [kurti],
    speakers: [null],
  },
  {
    text: 'The Kurti government said in a statement: "We will not allow another attack."',
    names: [kurti],
    speakers: [null],
  },
  // Whom a question is put to does not ask it; an apposition or a phrase before the subject does not hide it.
  {
    text: 'Reporters asked Kurti: "Will you allow another attack on the police?"',
    names: [kurti],
    speakers: [null],
  },
  {
    text: 'Kurti, asked whether Vučić was behind it, said: "We will not allow another attack."',
    names: [kurti, vucic],
    speakers: ['albin-kurti'],
  },
  {
    text: 'In a message to Vučić, Kurti said: "We will not allow another attack."',
    names: [vucic, kurti],
    speakers: ['albin-kurti'],
  },
  // The same in French and German: a courtesy title or a title after `de` or `von`; a question put.
  {
    text: '« Nous ne permettrons pas une autre attaque », a déclaré le porte-parole de M. Kurti.',
    names: [kurti],
    speakers: [null],
    lang: 'fr',
  },
  {
    text: '« Nous ne permettrons pas une autre attaque », a déclaré M. Kurti devant la presse.',
    names: [kurti],
    speakers: ['albin-kurti'],
    lang: 'fr',
  },
  {
    text: '„Wir werden keinen weiteren Angriff zulassen“, sagte ein Berater von Regierungschef Kurti.',
    names: [kurti],
    speakers: [null],
    lang: 'de',
  },
  {
    text: 'Journalisten fragten Kurti: „Werden Sie einen weiteren Angriff zulassen?“',
    names: [kurti],
    speakers: [null],
    lang: 'de',
  },
  {
    text: 'Kurti fragte: „Wer hat die Waffen über die Grenze gebracht?“',
    names: [kurti],
    speakers: ['albin-kurti'],
    lang: 'de',
  },
  // Russian leaves a foreign name in `-i` undeclined: a word for a spokesman before it makes it the one spoken for.
  {
    text: '«Мы не допустим нового нападения», — сказал представитель Курти.',
    names: [kurtiRussian],
    speakers: [null],
    lang: 'ru',
  },
  {
    text: '«Мы не допустим нового нападения», — сказал премьер-министр Курти.',
    names: [kurtiRussian],
    speakers: ['albin-kurti'],
    lang: 'ru',
  },
  // Chinese: the speaker before the quotation (`瓦尔加表示，“…”`, `瓦尔加说：“…”`) or after it
  // (`“…，”瓦尔加说。`); names are not spaced from the words around them.
  {
    text: '马尔维克市长瓦尔加表示，“这是五十年来最严重的一次洪水，我们必须在河水涨到最高点之前疏散所有居民。”',
    names: [marvikChinese, vargaChinese],
    speakers: ['ilse-varga'],
    lang: 'zh',
  },
  {
    text: '瓦尔加周五对记者说：“我们不会放弃任何一个人。”',
    names: [vargaChinese],
    speakers: ['ilse-varga'],
    lang: 'zh',
  },
  {
    text: '“救援物资将在几天内送达受灾地区，”瓦尔加在新闻发布会上说。',
    names: [vargaChinese],
    speakers: ['ilse-varga'],
    lang: 'zh',
  },
  {
    // A quotation that ends in its own full stop, said by the short sentence after it; the next goes on in her words.
    text: '“水位还在上涨。”瓦尔加说。“今晚我们会再开放两个避难所。”',
    names: [vargaChinese],
    speakers: ['ilse-varga', 'ilse-varga'],
    lang: 'zh',
  },
  {
    // A sentence after the quotation that goes on to say more is not its attribution.
    text: '瓦尔加说：“我们需要更多的帮助。”武契奇则表示，塞尔维亚将派出一支救援队。',
    names: [vargaChinese, vucicChinese],
    speakers: ['ilse-varga'],
    lang: 'zh',
  },
  {
    text: '外交部发言人林晓在例行记者会上表示，“中方愿向受灾地区提供紧急人道主义援助。”',
    names: [foreignMinistryChinese, linXiao],
    speakers: ['lin-xiao'],
    lang: 'zh',
  },
  {
    // Reported by an agency, said by officials it does not name.
    text: '据新华社报道，马尔维克的洪水已造成至少十二人死亡，当地官员称这是“几十年来从未见过的灾难”。',
    names: [xinhua, marvikChinese],
    speakers: [null],
    lang: 'zh',
  },
  {
    text: '据外交部发言人林晓介绍，救援队已经抵达，并将“尽一切努力找到失踪人员”。',
    names: [foreignMinistryChinese, linXiao],
    speakers: ['lin-xiao'],
    lang: 'zh',
  },
  {
    text: '北约一名官员说：“我们正在密切关注局势的发展。”',
    names: [natoChinese],
    speakers: [null],
    lang: 'zh',
  },
  {
    // A quotation of two paragraphs; a newspaper's name in title marks is none.
    text: '瓦尔加在接受马尔维克电台采访时说：“洪水冲毁了三座桥梁，东区已经完全被切断。\n\n“我们正在用直升机运送食品和药品，但天气让一切变得更加困难。”\n\n她对《人民日报》表示，重建工作“至少需要两年时间”。',
    names: [vargaChinese, radioMarvikChinese],
    speakers: ['ilse-varga', 'ilse-varga', 'ilse-varga'],
    lang: 'zh',
  },
  {
    text: '瓦尔加周四视察了避难所。“很多人一夜之间失去了一切，”她说。',
    names: [vargaChinese],
    speakers: ['ilse-varga'],
    lang: 'zh',
  },
  {
    // A term in quotation marks (a plan's name) is no quotation.
    text: '瓦尔加表示，“海绵城市”计划将在明年启动。',
    names: [vargaChinese],
    speakers: [],
    lang: 'zh',
  },
  {
    // Traditional Chinese quotes in corner brackets.
    text: '「水位仍在上漲，」馬爾維克市長瓦爾加在記者會上表示。她說：「我們不會放棄任何一個人。」',
    names: [marvikTraditional, vargaTraditional],
    speakers: ['ilse-varga', 'ilse-varga'],
    lang: 'zh-Hant',
  },
  // Japanese: the speaker named before the quotation with `は` or `が`, the verb after it (`「…」と述べた`).
  {
    text: 'マルビク市のヴァルガ市長は15日、記者会見で「50年で最悪の洪水だ。全ての住民を避難させる」と述べた。',
    names: [marvikJapanese, vargaJapanese],
    speakers: ['ilse-varga'],
    lang: 'ja',
  },
  {
    // A subject left out: the one person named before.
    text: 'ヴァルガ市長は16日、避難所を視察した。\n\n「川の水位はまだ上がっている」と語った。',
    names: [vargaJapanese],
    speakers: ['ilse-varga'],
    lang: 'ja',
  },
  {
    text: '「救援物資は数日以内に届く」と、ヴァルガ市長は記者団に話した。',
    names: [vargaJapanese],
    speakers: ['ilse-varga'],
    lang: 'ja',
  },
  {
    // Reported by the police, said by a man they do not name.
    text: 'マルビク警察によると、男性は「突然水が押し寄せてきた」と話しているという。',
    names: [policeJapanese],
    speakers: [null],
    lang: 'ja',
  },
  {
    text: 'マルビク警察によると、「堤防が数カ所で決壊した」という。',
    names: [policeJapanese],
    speakers: ['marvik-police'],
    lang: 'ja',
  },
  {
    // A body speaks through its spokesperson; a person's spokesperson, unnamed, speaks for him.
    text: '外務省の報道官は「事態を注視している」と述べた。ヴァルガ市長の報道官は「市長は現場に向かっている」と明らかにした。',
    names: [foreignMinistryJapanese, vargaJapanese],
    speakers: ['foreign-ministry', null],
    lang: 'ja',
  },
  {
    text: 'マルビク放送によると、ブチッチ大統領は「セルビアは支援を惜しまない」と語った。',
    names: [radioMarvikJapanese, vucicJapanese],
    speakers: ['aleksandar-vucic'],
    lang: 'ja',
  },
  {
    // The topic speaks, not the subject of a clause about something else.
    text: 'ヴァルガ市長は、ブチッチ大統領が支援を約束したことについて「心強い」と述べた。',
    names: [vargaJapanese, vucicJapanese],
    speakers: ['ilse-varga'],
    lang: 'ja',
  },
  {
    // A newspaper's title and a quotation inside a quotation are none of their own.
    text: 'ヴァルガ市長は『朝日新聞』のインタビューで「住民から『もう住めない』という声が上がっている」と語った。',
    names: [vargaJapanese],
    speakers: ['ilse-varga'],
    lang: 'ja',
  },
  {
    text: 'ブチッチ大統領は「コソボ政府はうそをついている」とクルティ首相を批判した。',
    names: [vucicJapanese, kurtiJapanese],
    speakers: ['aleksandar-vucic'],
    lang: 'ja',
  },
  {
    text: '高橋首相は16日の記者会見で、次のように述べた。「政府として被災地の復旧を全力で支援する」',
    names: [takahashi],
    speakers: ['misaki-takahashi'],
    lang: 'ja',
  },
  {
    // Nobody named says these words.
    text: '避難所では「家が全部流された」と話す住民もいた。',
    names: [],
    speakers: [null],
    lang: 'ja',
  },
];
