/**
 * Words too common to tell two facts apart, in each of the archive's
 * languages: articles, pronouns, prepositions, conjunctions, auxiliary
 * verbs and a few particles (closed classes only: no numbers, no nouns), and
 * in English also the verbs of reporting (`said`, `according`). Passages are
 * compared without them (`content-words.ts`), so that two unrelated German
 * sentences do not look alike for their `der`, `die` and `und`.
 * Written as a reader writes them; `content-words.ts` folds them as it folds
 * the text (lower case, no accents, Cyrillic in Latin letters).
 */

const english =
  'a an the and or but nor so yet of in on at to for from by with without into onto over under about ' +
  'after before during since until while as than that this these those there here it its he she they them ' +
  'his her their him we us our you your i me my who whom whose which what when where why how ' +
  'is are was were be been being am has have had having do does did doing will would shall should can could ' +
  'may might must not no also just only very more most some any such other own same too then now ' +
  'said says say told tell according added adding stated statement between because due amid amidst ' +
  'against across along around among while whether';

const german =
  'der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn als wie wenn ' +
  'weil dass ob in im an am ans auf aus bei beim mit nach von vom zu zum zur für über unter vor hinter neben ' +
  'zwischen durch gegen ohne um bis seit während wegen trotz ich du er sie es wir ihr ihn ihm ihnen ihre ' +
  'ihren ihrem ihrer ihres sein seine seinen seinem seiner seines sich mich mir dich dir uns euch man ist ' +
  'sind war waren wird werden werde würde würden wurde wurden worden sei seien wäre hat haben hatte hatten habe kann können ' +
  'konnte muss müssen soll sollen sollte will wollen nicht kein keine keinen keiner auch noch nur schon so ' +
  'sehr mehr hier dort da dies diese dieser dieses diesen diesem welche welcher welches was wer wo ' +
  'sagte sagt laut';

const french =
  'le la les un une des du de au aux et ou mais donc car parce ni que qui quoi dont où ce cet cette ces se son ' +
  'sa ses leur leurs il elle ils elles on nous vous je me te lui eux en y dans sur sous par pour avec sans ' +
  'entre vers chez avant après depuis pendant contre est sont était étaient a ont avait avaient été être ' +
  'avoir sera seront ne pas plus très aussi déjà selon dit déclaré';

const serboCroatian =
  'i a ali ili pa te da jer je su sam si smo ste biti bio bila bilo bili bile će ću ćemo ćete neće nije nisu ' +
  'u na o od do za sa s iz k ka po pri kroz među nad pod pred prema kod bez se ga ju mu joj im ih njih ' +
  'on ona ono oni one mi vi ja ti njegov njegova njegovo njen njena njihov njihova njihovo koji koja koje ' +
  'kojeg kojem kojoj kojih što šta kako kada gde gdje kao ne još već samo taj ta to ovaj ova ovo ovi rekao ' +
  'rekla';

const russian =
  'и в во не что он она оно они на я с со как а то все всё так его её ее но да ты к у же вы за бы по ' +
  'только мне было вот от меня ещё еще нет о об из ему когда даже ли если уже или ни быть был была были ' +
  'него до вас вам там себя ей может тут где есть для мы тебя их чем сам без чего тоже себе под будет ' +
  'тогда кто этот того потому этого какой здесь этом тем чтобы при после над через эти нас про них эту ' +
  'этой перед между сказал сказала заявил заявила';

const albanian =
  'dhe e i të së në me nga për se që nuk është janë ishte ishin ka kanë kishte do u një kjo ky ato ata ai ' +
  'ajo si por ose edhe mbi nën pas para gjatë deri tek te pa sipas tha';

const spanish =
  'el la los las un una unos unas y e o u pero que de del al a en con por para sin sobre entre desde ' +
  'hasta según se su sus lo le les ha han había habían fue fueron es son era eran está están ser no más ' +
  'muy también ya como porque cuando donde quien este esta estos estas ese esa dijo';

const italian =
  'il lo la i gli le un uno una e ed o ma che di del dello della dei degli delle a al allo alla ai agli ' +
  'alle da dal dalla in nel nella nei negli nelle con su sul sulla per tra fra non è sono era erano ha ' +
  'hanno aveva stato stata si ci ne suo sua suoi sue loro anche più molto come perché quando dove chi questo ' +
  'questa quello quella detto';

/**
 * Reporters' formulas: what a report says it does not know, or that someone
 * would not comment, in words any report uses (`did not immediately respond
 * to a request for comment`, `it was not immediately clear`). They tell no
 * fact of the story, so two unrelated reports that both use one do not
 * share a passage. Written folded, as `content-words.ts` reads the text:
 * lower case, no accents, Serbian in Latin letters.
 */
const englishFormulas = [
  String.raw`(?:did|do|does|has|have|had)(?: not|n['’]t) (?:immediately |yet )?(?:respond|reply|replied|answer|return)(?:ed|s)? to (?:a |an |the |multiple |repeated |several )?(?:emailed |written |phone )?(?:request|call|email|message|inquir(?:y|ie)|quer(?:y|ie))s? (?:for|seeking) comments?`,
  String.raw`(?:could|can)(?: not|not|n['’]t) (?:immediately )?be reached for comments?`,
  String.raw`(?:declined|refused) to comment`,
  String.raw`(?:there was )?no immediate (?:comment|response|reply)`,
  String.raw`(?:it )?(?:was|is|remained|remains) (?:not (?:immediately |yet )?|un)(?:clear|known)`,
  String.raw`(?:speaking|spoke) on (?:the )?condition of anonymity`,
  String.raw`(?:was|were|is|are)(?: not|n['’]t) authori[sz]ed to (?:speak|talk|comment)(?: publicly| on the record| to the media)?`,
  String.raw`this (?:is a )?(?:developing|breaking) (?:news )?story`,
  String.raw`contributed (?:reporting|to this report)`,
];

const germanFormulas = [
  String.raw`(?:reagierte|antwortete) (?:zunachst |bislang )?nicht auf (?:eine |die )?(?:anfrage|bitte um (?:eine )?stellungnahme)`,
  String.raw`(?:wollte|wollten) sich (?:zunachst |bislang |dazu )?nicht (?:außern|aussern)`,
  String.raw`(?:war|ist|blieb|bleibt) (?:zunachst |bislang |noch )?(?:unklar|unbekannt|nicht bekannt|nicht klar)`,
];

const serboCroatianFormulas = [
  String.raw`(?:nije|nisu) (?:odmah |jos )?(?:odgovori|reagova)(?:o|la|lo|li|le)? na (?:\p{L}+ )?(?:zahtev|zahtjev|upit|poziv|pitanje)\p{L}* (?:za|da) (?:komentar|komentarise|komentarisu)\p{L}*`,
  String.raw`(?:nije|nisu) (?:zeleo|zelio|zelela|zeljela|zeleli|zeljeli|hteo|htio|htela|htjela|hteli|htjeli) da (?:komentarise|komentarisu)`,
  String.raw`(?:jos |zasad |za sada )?(?:nije|nisu) (?:odmah |jos )?(?:poznato|poznati|jasno)`,
];

/** One language's formulas as one pattern, each matched at word edges. */
const formulas = (patterns: string[]) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${patterns.join('|')})(?![\p{L}\p{N}])`, 'gu');

/** How passages read one language's words. */
export interface PassageLanguage {
  /** Which language: `en`, `de`, `sh` (Serbian, Croatian, Bosnian)… */
  key: string;
  /** Its function words, as written, separated by spaces. */
  functionWords: string;
  /** English: inflections trimmed (`attackers` → `attack`) and number words made digits. */
  english: boolean;
  /** French and Italian: an elided article or pronoun dropped from the word it is written with (`l’eau` → `eau`). */
  elision: boolean;
  /** Its reporters' formulas ({@link englishFormulas}), in folded text; none for a language without a list. */
  formulas?: RegExp;
}

const language = (key: string, functionWords: string, formulaPatterns?: string[]): PassageLanguage => ({
  key,
  functionWords,
  english: key === 'en',
  elision: key === 'fr' || key === 'it',
  ...(formulaPatterns ? { formulas: formulas(formulaPatterns) } : {}),
});

const languages = [
  language('en', english, englishFormulas),
  language('de', german, germanFormulas),
  language('fr', french),
  language('sh', serboCroatian, serboCroatianFormulas),
  language('ru', russian),
  language('sq', albanian),
  language('es', spanish),
  language('it', italian),
];

/** The primary subtags of BCP 47 tags that name one of {@link languages}, when not its key. */
const aliases: Record<string, string> = { sr: 'sh', hr: 'sh', bs: 'sh', cnr: 'sh' };

/**
 * The written language of a text in `lang` (a BCP 47 tag), as passages are
 * compared: its primary subtag, one for Serbian, Croatian, Bosnian and
 * Montenegrin (one language in its standards: a Zagreb daily reprints a
 * Belgrade agency's report); none when `lang` is not given.
 */
export function writtenLanguage(lang?: string): string | undefined {
  const primary = lang?.split('-')[0]?.toLowerCase();
  return primary === undefined || primary === '' ? undefined : (aliases[primary] ?? primary);
}

/** How passages read a text in `lang` (a BCP 47 tag): as English when it has no list here, or none. */
export function passageLanguage(lang?: string): PassageLanguage {
  const key = writtenLanguage(lang) ?? 'en';
  return languages.find((candidate) => candidate.key === key) ?? (languages[0] as PassageLanguage);
}
