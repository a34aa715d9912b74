/**
 * The words by which a news report says who spoke a quotation, in each of
 * the archive's languages: speech verbs in the forms reports use (`said`,
 * `sagte`, `a déclaré`, `rekao je`, `заявил`, `tha`), a pronoun or a left-out
 * subject standing for the speaker after a quotation (`he said`, `sagte er`,
 * `a-t-il dit`, `rekao je.`), and `according to`. Compiled once per language
 * into the patterns {@link speechPatterns} gives `find-quotes.ts`.
 * A language without a list here is read with the English one. Chinese and
 * Japanese, written without spaces, have patterns of their own
 * (`speech-words-zh.ts`, `speech-words-ja.ts`).
 */
import { serbianCyrillic } from '../text/transliterate.ts';
import { japanese } from './speech-words-ja.ts';
import { chinese } from './speech-words-zh.ts';

/** A language's words, each a regular expression's alternatives (case is ignored). */
interface SpeechWords {
  /** Speech verbs, as they stand right after a quotation or right after the speaker's name. */
  verbs: string;
  /** Words that only introduce a quotation after the speaker's name: `saying`, `noting`. */
  introducing: string;
  /** Verbs whose object is whom the speaker addresses (`told Reuters`); all `verbs` where any may. */
  addressing?: string;
  /**
   * After a quotation, a speaker who is a pronoun (`he said`, `sagte er`) or, in a language that
   * leaves the subject out, a verb that ends the sentence (`rekao je.`, `dijo.`).
   */
  pronoun: string;
  /**
   * Before a speech verb that opens its sentence, a pronoun standing for the speaker: `He added
   * that "…"`, `Er sagte: „…“`; empty in a language that leaves the subject out (`Dodao je da „…“`).
   */
  subjectPronoun: string;
  /**
   * What a reported clause opens with after its speech verb (`the man said he …`, `officials said
   * the …`), where the same verb could also be a participle (`the deal announced on Monday`).
   */
  reportedClause?: string;
  /** Words after which the next name is the speaker's: `according to`, `laut`, `selon`. */
  accordingTo: string;
  /** Articles a speaker's name may follow (`the White House`); empty in a language without them. */
  articles: string;
  /** Between an addressing verb and its names: `à` in `a déclaré à l'AFP`. */
  to: string;
  /** What joins two names: `and`. */
  and: string;
  /** What may stand between the addressed names and the quotation: `to`, `that`. */
  then: string;
  /**
   * Words after which a person is the one spoken for, not the speaker: `for` in `a spokesman for
   * Vučić`, `to` in `an aide to Kurti`; in a language that says it by a case ending, the words for
   * a spokesman or an office, where the case does not tell (Russian `представитель Курти`, an
   * undeclined name; Serbian `prema rečima portparola Kurtija`, after `prema`, which asks for the
   * same case); empty where the case always tells.
   */
  spokenFor: string;
  /**
   * Those of `spokenFor` that may also stand before a title of up to three words: `for` in `a
   * spokesman for Serbian President Vučić`; not `of`, as in `the President of the Republic Vučić`.
   */
  spokenForTitled: string;
  /**
   * Words for a newspaper, a broadcaster, a programme or an operation, after which quoted words
   * are its name, not a quotation: `daily` in `the daily "Vecernje Novosti"`, `list`.
   */
  titleNouns: string;
  /**
   * What may follow a name that only qualifies who speaks: a possessive (`Kurti's spokesman`), or a
   * word for an aide, an office or a government (`a Kurti aide`, `the Kurti government`, `Kurtis
   * Büro`, `Kurtijev kabinet`); empty in a language that says it only by a preposition or a case
   * ending after the word.
   */
  ownerAfter?: string;
  /**
   * Nouns for what someone said, after which quoted words are that person's, not the speaker's:
   * `Kurti rejected Vučić's claim that "…"`, `odgovorila je na tvrdnju opozicije da „…“`.
   */
  claims?: string;
  /**
   * Verbs that give words as what someone called a thing or promised (`the agency had described the
   * outage as "…"`, `Olsen called the promise "…"`): between a speech verb and the quotation they
   * make the words another's; whose, a report's reader and its writer may read differently, and
   * none is named.
   */
  naming?: string;
  /** Relative pronouns, which are the subject of a verb right after them: `who`, `qui`. */
  relatives?: string;
  /**
   * Each subject pronoun of a `he said` with its object form, who as a verb's object is someone other
   * than its subject: `her` in `Ahlgren accompanied her. "…," she said.`
   */
  objectPronouns?: Record<string, string>;
  /** Unnamed people who speak from within a body: `sources` in `ministry sources`, `según fuentes del Ministerio`. */
  sources?: string;
  /** Before the agent of a passive verb, who is not its subject: `by` in `was quoted by the Financial Post as saying`. */
  by?: string;
  /**
   * Prepositions before a name that says where an unnamed speaker works or stands, not who speaks:
   * `at` in `A nurse at St Cuthbert's Hospital said`, `della` in `L'allenatore della Juventus ha
   * detto`; not `for` (`a spokeswoman for the White House said`: the body speaks through her).
   */
  within?: string;
  /**
   * Words that end a title between a speech verb after a quotation and a name: a preposition or a
   * participle, after which the name says where the speaker is, not who (`said one mother waiting
   * outside Elmwood Primary`).
   */
  notTitle?: string;
}

const alternatives = (...words: string[]) => words.join('|');

/** In a language that leaves the subject out, a speech verb that ends its sentence. */
const verbEndingSentence = (verbs: string) => String.raw`(?:${verbs})(?=\s*(?:[.!?…]|$))`;

const englishVerbs = alternatives(
  'said|says|say|told|tells|added|adds|stated|states|wrote|writes|warned|warns|urged|urges|declared|declares',
  'announced|announces|insisted|insists|noted|notes|stressed|stresses|explained|explains|asked|asks',
  'argued|argues|claimed|claims|emphasized|emphasised|emphasizes|emphasises|confirmed|confirms',
  'tweeted|posted|replied|continued|concluded|remarked',
);

const english: SpeechWords = {
  verbs: englishVerbs,
  // A participle's subject is its sentence's: `The United States urged Belgrade …, describing it as "…"`.
  introducing: 'urged|called on|noting|saying|adding|warning|describing|calling|branding',
  naming: String.raw`described|called(?!\s+on)|termed|dubbed|branded|labell?ed|promised|pledged|vowed`,
  addressing: 'told|tells|urged|urges|asked|asks|warned|warns|called on',
  pronoun: String.raw`(?:he|she)\s+(?:${englishVerbs})`,
  subjectPronoun: 'he|she',
  reportedClause: String.raw`(?:that\s+)?(?:he|she|it|they|we|I|you|there|the|a|an|this|these|those|his|her|its|their|\p{Lu})`,
  accordingTo: String.raw`according\s+to`,
  articles: 'the',
  to: '',
  and: 'and',
  then: 'to|that',
  spokenFor: 'for|of|to',
  spokenForTitled: 'for|to',
  titleNouns:
    'daily|newspaper|paper|weekly|magazine|tabloid|broadcaster|channel|station|radio|television|TV|agency|portal|website|outlet|programme|program|show|operation|party|movement|group',
  ownerAfter: String.raw`['’]s?(?![\p{L}\p{N}])|\s+(?:aides?|advisers?|advisors?|spokes(?:man|woman|person)|office|ally|allies|lawyers?|envoys?|camp|team|government|administration|cabinet|supporters|critics|officials?)(?![\p{L}\p{N}])`,
  claims:
    'claims?|remarks?|accusations?|allegations?|assertions?|suggestions?|charges?|criticism|description|characteri[sz]ation|argument|insistence',
  sources: 'sources?|insiders?',
  relatives: 'who|which|that',
  objectPronouns: { he: 'him', she: 'her' },
  by: 'by',
  within: 'at|of|from|in|with|near|outside|inside|among|within|on|beside|behind|alongside|next to|like',
  notTitle:
    'outside|inside|at|in|near|from|with|by|on|after|before|during|while|who|whose|which|beside|behind|alongside|next to|like',
};

// Singular forms only: `sagten sie` is said by several.
const germanVerbs = alternatives(
  'sagte|sagt|erklärte|erklärt|betonte|betont|schrieb|schreibt|warnte|warnt|fügte|ergänzte|ergänzt',
  'meinte|meint|bekräftigte|versicherte|kritisierte|forderte|fordert|teilte|erläuterte|unterstrich',
  'bestätigte|räumte|gesagt|geschrieben|gewarnt|bestätigt|fragte|fragten|fragt|gefragt',
);

/** Words for a spokesman, an aide or an office. */
const germanAides = 'Sprecher|Sprecherin|Berater|Beraterin|Büro|Anwalt|Anwältin|Umfeld|Lager|Team';

const german: SpeechWords = {
  verbs: germanVerbs,
  introducing: String.raw`mit\s+den\s+Worten`,
  pronoun: String.raw`(?:${germanVerbs})\s+(?:er|sie)`,
  subjectPronoun: 'er|sie',
  // `„…“, so Kirby`: `so` stands for a speech verb right after a quotation.
  accordingTo: String.raw`laut|so|nach\s+Angaben\s+(?:von|des|der)`,
  articles: 'der|die|das|des|dem|den',
  to: '',
  and: 'und',
  then: 'dass|zu',
  // `ein Sprecher Kurtis` (the genitive after the word, as `von` before the name says it).
  spokenFor: `von|für|${germanAides}`,
  spokenForTitled: 'von|für',
  titleNouns: String.raw`Zeitung|Tageszeitung|Wochenzeitung|Boulevardzeitung|Blatt|Magazin|Sender|Fernsehsender|Radiosender|Nachrichtenagentur|Agentur|Portal|Sendung|Operation|Partei|Bewegung|Gruppe`,
  // `Kurtis Büro`, `Kurtis Regierung`: the name in the genitive before the word.
  ownerAfter: String.raw`s?\s+(?:${germanAides}|Regierung)(?![\p{L}\p{N}])`,
  claims: 'Behauptung|Behauptungen|Vorwurf|Vorwürfe|Vorwürfen|Äußerung|Äußerungen|Kritik',
  sources: 'Quellen|Kreise|Kreisen',
  within: 'bei|beim|von|vom|aus|im|in|an|am',
  relatives: 'der|die|das|welcher|welche|welches',
};

const frenchParticiples =
  'déclaré|dit|affirmé|ajouté|expliqué|souligné|indiqué|estimé|assuré|averti|écrit|insisté|précisé|' +
  'martelé|prévenu|confié|répondu|annoncé|lancé|tweeté|réagi|jugé|dénoncé|regretté|rappelé|commenté';
const frenchPresents =
  'déclare|dit|affirme|ajoute|explique|souligne|indique|estime|assure|avertit|écrit|insiste|précise|' +
  'martèle|prévient|confie|répond|annonce|lance|poursuit|conclut|réagit|juge|dénonce|regrette|rappelle';

const french: SpeechWords = {
  verbs: String.raw`(?:a|avait)\s+(?:${frenchParticiples})|${frenchPresents}`,
  introducing: String.raw`en\s+(?:déclarant|affirmant|ajoutant|soulignant|estimant)|(?:a|avait)\s+(?:appelé|exhorté)|appelle|exhorte`,
  // `a-t-il dit`, `déclare-t-elle`, `dit-il`.
  pronoun: String.raw`(?:a|avait)-t-(?:il|elle)\s+(?:${frenchParticiples})|(?:${frenchPresents})(?:-t)?-(?:il|elle)`,
  subjectPronoun: 'il|elle',
  accordingTo: String.raw`selon|d['’]après`,
  articles: String.raw`le|la|les|l['’]`,
  to: 'à|au|aux',
  and: 'et',
  then: 'que|de',
  spokenFor: String.raw`de|du|des|pour|d['’]`,
  spokenForTitled: 'pour',
  titleNouns:
    'journal|quotidien|hebdomadaire|magazine|chaîne|radio|télévision|agence|site|émission|opération|parti|mouvement|groupe',
  claims: 'affirmations?|accusations?|allégations?|critiques?|propos',
  sources: 'sources?',
  by: 'par',
  within: String.raw`de|du|des|d['’]|à|au|aux|en|chez`,
  relatives: 'qui|que|lequel|laquelle',
};

const spanishVerbs = alternatives(
  'dijo|afirmó|declaró|aseguró|añadió|agregó|explicó|señaló|indicó|advirtió|escribió|sostuvo|subrayó',
  'insistió|manifestó|dice|afirma|asegura|añade|agrega|explica|señala|indica|advierte|sostiene|subraya',
  String.raw`ha\s+(?:dicho|afirmado|declarado|asegurado|añadido|explicado|señalado)`,
);

const spanish: SpeechWords = {
  verbs: spanishVerbs,
  introducing: 'diciendo|afirmando|asegurando|pidió|instó|exhortó|pide|insta',
  pronoun: verbEndingSentence(spanishVerbs),
  subjectPronoun: '',
  accordingTo: 'según',
  articles: 'el|la|los|las',
  to: 'a|al',
  and: 'y|e',
  then: 'que|a',
  spokenFor: 'de|del|para',
  spokenForTitled: 'para',
  titleNouns:
    'diario|periódico|semanario|revista|cadena|emisora|televisión|agencia|portal|programa|operación|partido|movimiento|grupo',
  claims: 'afirmación|afirmaciones|acusación|acusaciones|críticas?|alegaciones',
  sources: 'fuentes?',
  relatives: 'que|quien|quienes|cual',
  by: 'por',
  within: 'de|del|en|a|al',
};

const italianVerbs = alternatives(
  String.raw`(?:ha|aveva)\s+(?:detto|dichiarato|affermato|aggiunto|spiegato|sottolineato|scritto|avvertito|ribadito|precisato|assicurato)`,
  'dice|afferma|aggiunge|spiega|sottolinea|scrive|avverte|ribadisce|precisa|assicura|disse|dichiara',
);

const italian: SpeechWords = {
  verbs: italianVerbs,
  introducing: String.raw`dicendo|affermando|aggiungendo|(?:ha|aveva)\s+(?:chiesto|esortato|invitato)`,
  pronoun: verbEndingSentence(italianVerbs),
  subjectPronoun: '',
  accordingTo: 'secondo',
  articles: String.raw`il|lo|la|i|gli|le|l['’]`,
  to: 'a|al|alla|ai|agli|alle',
  and: 'e|ed',
  then: 'che|di',
  spokenFor: 'di|del|della|dello|per',
  spokenForTitled: 'per',
  titleNouns:
    'quotidiano|giornale|settimanale|rivista|rete|emittente|televisione|agenzia|portale|programma|operazione|partito|movimento|gruppo',
  claims: 'affermazion[ei]|accus[ae]|critiche|critica',
  sources: 'fonti|fonte',
  within: String.raw`di|del|della|dello|dei|degli|delle|dell['’]|in|nel|nella|da|dal|dalla|a|al|alla`,
  relatives: 'che|cui|quale',
};

/** Serbo-Croatian words, written in Latin letters: {@link bothScripts} adds their Cyrillic. */
const serboCroatianParticiples =
  'rekao|rekla|izjavio|izjavila|kazao|kazala|naveo|navela|dodao|dodala|poručio|poručila|istakao|istakla|' +
  'naglasio|naglasila|upozorio|upozorila|napisao|napisala|ocijenio|ocijenila|ocenio|ocenila|saopštio|' +
  'saopštila|saopćio|saopćila|objasnio|objasnila|tvrdio|tvrdila|odgovorio|odgovorila|zaključio|zaključila';
const serboCroatianPresents = 'kaže|ističe|navodi|poručuje|dodaje|tvrdi|upozorava|objašnjava|piše|smatra';

/**
 * Alternatives written in Latin letters, with plain spaces between words, as
 * a pattern that matches them in Latin letters and in Serbian Cyrillic.
 */
const bothScripts = (latin: string) => `${latin}|${serbianCyrillic(latin)}`.replaceAll(' ', String.raw`\s+`);

const serboCroatianVerbs = bothScripts(`(?:je )?(?:${serboCroatianParticiples})(?: je)?|${serboCroatianPresents}`);

/**
 * Words for a spokesman, an aide or an office, in the cases they take before a name; not `vlade`
 * (government), which `predsednik vlade` (prime minister) puts before the speaker's own name.
 */
const serbianAides = bothScripts(
  'portparol|portparola|portparolka|portparolke|predstavnik|predstavnika|savetnik|savetnika|savjetnik|savjetnika|' +
    'saradnik|saradnika|suradnik|suradnika|kabinet|kabineta|kabinetu|ured|ureda|uredu|kancelarija|kancelarije|' +
    'advokat|advokata|pristalice|pristalica',
);

const serboCroatian: SpeechWords = {
  verbs: serboCroatianVerbs,
  introducing: bothScripts('rekavši|naglasivši|poručivši|(?:je )?(?:pozvao|pozvala)(?: je)?'),
  pronoun: verbEndingSentence(serboCroatianVerbs),
  subjectPronoun: '',
  accordingTo: bothScripts(
    'prema (?:rečima|riječima|navodima)|prema|kako je (?:rekao|rekla|naveo|navela|izjavio|izjavila)',
  ),
  articles: '',
  to: bothScripts('za'),
  and: bothScripts('i'),
  then: bothScripts('da'),
  // Case endings say whose spokesman someone is (`portparol Vučića`), but not after `prema`, whose
  // name is in the genitive too (`prema rečima Vučića`): a word for one right before the name says it.
  spokenFor: serbianAides,
  spokenForTitled: '',
  // `Kurtijev kabinet`: a name made a possessive before the word.
  ownerAfter: String.raw`\s+(?:${serbianAides})(?![\p{L}\p{N}])`,
  claims: bothScripts(
    'tvrdnja|tvrdnju|tvrdnje|tvrdnji|tvrdnjom|tvrdnjama|optužba|optužbu|optužbe|optužbi|optužbama|navode|navodima',
  ),
  sources: bothScripts('izvori|izvora|izvorima'),
  within: bothScripts('iz|u|na|kod|sa'),
  relatives: bothScripts('koji|koja|koje|što'),
  titleNouns: bothScripts(
    'list|listu|lista|dnevnik|dnevniku|dnevni list|nedeljnik|nedeljniku|tjednik|magazin|portal|portalu|televizija|televiziji|televizije|radio|agencija|agenciji|agencije|emisija|emisiji|akcija|akciji|operacija|operaciji|stranka|stranke|pokret|pokreta',
  ),
};

const russianVerbs = alternatives(
  'сказал|сказала|заявил|заявила|отметил|отметила|добавил|добавила|сообщил|сообщила|подчеркнул|подчеркнула',
  'написал|написала|пояснил|пояснила|признал|признала|предупредил|предупредила|уточнил|уточнила',
  'считает|говорит|заявляет|отмечает|подчеркивает|подчёркивает|пишет|сообщает',
);

const russian: SpeechWords = {
  verbs: russianVerbs,
  introducing: 'заявив|отметив|подчеркнув|призвал|призвала',
  pronoun: String.raw`(?:${russianVerbs})\s+(?:он|она)`,
  subjectPronoun: 'он|она',
  accordingTo: String.raw`по\s+словам|по\s+данным|согласно|как\s+(?:сказал|сказала|заявил|заявила|отметил|отметила)`,
  articles: '',
  to: '',
  and: 'и',
  then: 'что',
  // Case endings say whose spokesman someone is, but Russian leaves foreign names in a vowel undeclined
  // (`представитель Курти`, Kurti's spokesman): a word for one right before the name says it.
  // In the genitive too, after `по словам` (`по словам представителя Курти`); not `правительства`,
  // as in `глава правительства Курти` (the head of government, who speaks).
  spokenFor:
    'представитель|представительница|пресс-секретарь|советник|советница|помощник|помощница|сторонники|окружение|офис|канцелярия|правительство|' +
    'представителя|представительницы|пресс-секретаря|советника|советницы|помощника|помощницы|сторонников|окружения|офиса|канцелярии',
  spokenForTitled: '',
  claims: 'заявление|заявления|заявлению|утверждение|утверждения|утверждению|обвинения|обвинениям',
  sources: 'источники|источников|источника|источник',
  within: 'из|в|во|на|при|у',
  relatives: 'который|которая|которое|которые|кто',
  titleNouns:
    'газета|газете|газеты|газету|издание|изданию|журнал|журналу|телеканал|телеканалу|радиостанция|агентство|агентству|портал|программа|операция|операции|партия|партии|движение',
};

const albanianVerbs = alternatives(
  String.raw`(?:ka|kishte)\s+(?:thënë|deklaruar|shtuar|theksuar|shkruar|paralajmëruar|nënvizuar)`,
  String.raw`tha|deklaroi|shtoi|theksoi|shkroi|paralajmëroi|nënvizoi|pohoi|deklaron|thotë|shton|thekson|shkruan|u\s+shpreh`,
);

const albanian: SpeechWords = {
  verbs: albanianVerbs,
  introducing: 'duke\\s+thënë|duke\\s+theksuar',
  pronoun: String.raw`(?:${albanianVerbs})(?:\s+(?:ai|ajo))?(?=\s*(?:[.!?…]|$))`,
  subjectPronoun: 'ai|ajo',
  accordingTo: String.raw`sipas\s+fjalëve\s+të|sipas`,
  articles: '',
  to: '',
  and: 'dhe',
  then: 'se|që',
  // Case endings say whose spokesman someone is (`zëdhënësi i Kurtit`), but `sipas` asks for the same
  // case (`sipas Kurtit`): a word for one and its link word right before the name say it.
  spokenFor: String.raw`(?:zëdhënës|këshilltar|përfaqësues|avokat)\p{L}*\s+(?:i|e|të|së)|zyr(?:a|ës|ën)\s+(?:e|së)`,
  spokenForTitled: '',
  titleNouns:
    'gazeta|gazetës|gazetën|portali|portalit|televizioni|televizionit|radio|agjencia|agjencisë|emisioni|emisionit|operacioni|partia|partisë|lëvizja|lëvizjes',
};

const macedonianVerbs = alternatives(
  'изјави|рече|кажа|додаде|истакна|нагласи|порача|посочи|оцени|соопшти|напиша|предупреди|објасни|одговори|заклучи',
  'изјавил|изјавила|рекол|рекла|кажал|кажала|додал|додала|истакнал|истакнала|нагласил|нагласила|порачал|порачала',
  'вели|изјавува|истакнува|додава|нагласува|порачува|посочува|тврди|пишува|смета',
);

const macedonian: SpeechWords = {
  verbs: macedonianVerbs,
  introducing: 'велејќи|истакнувајќи|нагласувајќи|повика',
  pronoun: String.raw`(?:${macedonianVerbs})(?:\s+(?:тој|таа))?(?=\s*(?:[.!?…]|$))`,
  subjectPronoun: 'тој|таа',
  accordingTo: String.raw`според\s+зборовите\s+на|според`,
  articles: '',
  to: 'за',
  and: 'и',
  then: 'дека',
  // `Портпаролот на Вучиќ`: Macedonian has lost its cases, and says the possessor with `на`.
  spokenFor: 'на',
  spokenForTitled: '',
  titleNouns:
    'весник|весникот|дневник|дневникот|неделник|неделникот|магазин|магазинот|портал|порталот|телевизија|телевизијата|радио|агенција|агенцијата|емисија|емисијата|операција|операцијата|партија|партијата|движење|движењето',
};

const turkishVerbs = alternatives(
  'dedi|söyledi|belirtti|vurguladı|kaydetti|ekledi|açıkladı|bildirdi|yazdı|uyardı|ifade etti|diye konuştu',
  'ifadesini kullandı|ifadelerini kullandı|açıklamasında bulundu|diyor|söylüyor|belirtiyor|vurguluyor',
);

/**
 * Turkish puts the verb last: `Kurti, "…" dedi.` is read as a verb ending the
 * sentence after the quotation, its subject named before it. A name with a
 * case ending after an apostrophe (`Vucic'in sözcüsü`, Vučić's spokesman) is
 * no subject (the annotator marks it, see `matcher.ts`). `göre` follows its
 * name (`Kurti'ye göre`), a shape not read.
 */
const turkish: SpeechWords = {
  verbs: turkishVerbs,
  introducing: 'diyerek|vurgulayarak|çağrıda bulundu',
  pronoun: verbEndingSentence(turkishVerbs),
  subjectPronoun: '',
  accordingTo: '(?!)',
  articles: '',
  to: '',
  and: 've',
  then: 'ki',
  spokenFor: '',
  spokenForTitled: '',
  // The word for a newspaper follows its name (`"Sabah" gazetesi`): none comes before one.
  titleNouns: '(?!)',
};

/** The words of each language by the primary subtag of its BCP 47 tag. */
const languages: Record<string, SpeechWords> = {
  en: english,
  de: german,
  fr: french,
  es: spanish,
  it: italian,
  sr: serboCroatian,
  hr: serboCroatian,
  bs: serboCroatian,
  sh: serboCroatian,
  cnr: serboCroatian,
  ru: russian,
  sq: albanian,
  mk: macedonian,
  tr: turkish,
};

/** The patterns `find-quotes.ts` reads a language's attributions with. */
export interface SpeechPatterns {
  /** After a quotation: a pronoun (or no subject) with its speech verb, `, he said`. */
  pronounAfter: RegExp;
  /**
   * After a quotation, all that stands before the first name: a speech verb, then at most four
   * words of a title, `, said White House spokesperson` (not `, said a resident, as`).
   */
  verbAfter: RegExp;
  /** After a quotation, all that stands before the first name: `according to` and a title, `, so Regierungssprecher`. */
  accordingTo: RegExp;
  /** All that stands before a name, at its end: `according to` and at most four words of a title, `According to`. */
  accordingToBefore: RegExp;
  /** After a quotation: punctuation, an article and a title before the name, `, the White House said`, `, Prime Minister Lind said`. */
  nameAfter: RegExp;
  /** Right after a name, or after an apposition between commas: a speech verb, `Kirby said`, `Kirby, a spokesman, said`. */
  verbFirst: RegExp;
  /** Before a quotation, in its sentence: a speech verb or a word introducing it (global). */
  verbBefore: RegExp;
  /** Whether a verb found by `verbBefore` addresses someone: `told`, `urged`. */
  addressVerb: RegExp;
  /** Between an addressing verb and the quotation, with each name replaced by `N`: only names and link words. */
  addressedNames: RegExp;
  /** Between a speaker's name and its verb: `also`, `has`, an apposition between commas. */
  subjectToVerb: RegExp;
  /** All that stands before quoted words, at its end: a word for a medium, whose name they are (`the daily`). */
  titleNounBefore: RegExp;
  /** All that stands before a speech verb in its sentence: a pronoun and perhaps one word, `He also`; or nothing. */
  pronounBefore: RegExp;
  /**
   * Before a person's name, back to the name before it: a word making it the one spoken for (`a
   * spokesman for`, `a spokesman for Serbian President`), not `according to`.
   */
  spokenFor: RegExp;
  /** Right after a name: what makes it only qualify who speaks (`'s spokesman`, ` aide`). */
  ownerAfter: RegExp;
  /** Whether a verb found by `verbBefore` only introduces a quotation (`saying`, `adding`), its subject that of the verb before. */
  introducingVerb: RegExp;
  /** Whether a verb found by `verbBefore` gives words as what someone called a thing (`described`, `called`). */
  namingVerb: RegExp;
  /** Between a name and a speech verb, at its end: a relative pronoun, the verb's subject (`, qui`). */
  relativeBefore: RegExp;
  /**
   * By a subject pronoun (`she`), its object form as a verb's object (`accompanied her.`): someone
   * else, whom a `she said` after them may mean.
   */
  otherPerson: Map<RegExp, RegExp>;
  /** After a quotation, all that stands before the first name: a speech verb and whom it addresses, `, dijo a`. */
  addresseeAfter: RegExp;
  /** Between a speech verb and a quotation: a noun for someone's words, `claim`, `tvrdnju`. */
  claimBetween: RegExp;
  /** Before a body's name, at its end, or right after it: unnamed people within it, `sources in the`, ` sources`. */
  sourcesBefore: RegExp;
  sourcesAfter: RegExp;
  /** Before a name, at its end: the word for the agent of a passive verb, `by the`. */
  agentBefore: RegExp;
  /** Before a name, at its end: a preposition that makes it where the speaker works or stands, `at`. */
  withinBefore: RegExp;
  /**
   * Between two names of one title: at most three words, then perhaps a comma (group 2); a
   * possessive first (group 1): `White House spokesperson John Kirby`, `Blinken's spokesman, Matthew Miller`.
   */
  withinTitle: RegExp;
  /** Right after a name, in a language that puts `according to` after it: `ヴァルガ市長によると`. */
  accordingToAfter?: RegExp;
  /**
   * Right after a speech verb, what opens the clause it reports: where set, a verb without it is no
   * one else speaking after an `according to` (`the deal announced on Monday is "…"`).
   */
  reportedAfterVerb?: RegExp;
  /**
   * Right after a quotation that ends in its own full stop (`“…。”`): a sentence that only says who
   * spoke it, `瓦尔加说。`, not one that goes on to say more (`武契奇则表示，…`).
   */
  saidByNext?: RegExp;
  /** Right after a quotation: a noun that makes its words someone's claim, `”的说法`, `」との批判`. */
  claimAfter?: RegExp;
  /** In a language that marks the subject with a particle and puts the verb last: how to read the subject. */
  subjectParticles?: SubjectParticles;
}

/**
 * How a language that marks its subject with a particle after the name, and
 * puts the speech verb after the quotation (Japanese: `ヴァルガ市長は「…」と
 * 述べた`), says who speaks; read by `marked-subject.ts`.
 */
export interface SubjectParticles {
  /** A particle that marks a subject (group 1: the topic's, which rules the sentence; else a clause's), after a noun (global). */
  marker: RegExp;
  /** All that stands between a name and its subject particle: a title, an age, `市長`, `（52）`. */
  title: RegExp;
  /** A subject that stands for someone named before, at the end of the text before its particle: `同市長`, `彼`. */
  pronoun: RegExp;
  /** Between a clause's subject and the quotation: words that close the clause, `ことについて`. */
  clauseClosed: RegExp;
  /** Right after a name: its title and a particle of another case than the subject's, `市長について`. */
  otherCase: RegExp;
}

/** Punctuation that may follow a quotation's closing mark: a comma, a full stop, a dash. */
const punctuation = String.raw`[\s,.!?…–—-]*`;
/** Word boundaries that hold for every script (`\b` knows only ASCII letters). */
const before = String.raw`(?<![\p{L}\p{N}])`;
const after = String.raw`(?![\p{L}\p{N}])`;

/** At most four words of a title between a speech verb and a name: `spokesperson`, `der Sprecher des`. */
const title = String.raw`(?:\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}|\s*)`;

/** A courtesy title before a name, in the archive's languages: `M.` in `le porte-parole de M. Kurti`. */
const honorific = String.raw`(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Sr|Sra|Sig|Sig\.ra)\.?\s+|(?:Herr|Frau|gospodin|gospođa|г-н|г-жа)\s+)?`;

/**
 * `spokenFor`: a word of `words.spokenFor` right before the name (an article or a courtesy title
 * allowed), or one of `words.spokenForTitled` and at most three words of a title; not the word
 * that ends `according to` (`to`, and `von` in `nach Angaben von`), which names the speaker, but
 * one after it (`according to a spokesman for Kurti`, `laut dem Büro von Kurti`).
 */
function spokenFor(words: SpeechWords, article: string): RegExp {
  const notAccordingTo = String.raw`(?<!${before}(?:${words.accordingTo}))`;
  const right = String.raw`(?:${words.spokenFor})${notAccordingTo}(?:\s+|(?<=['’]))${article}${honorific}`;
  const titled =
    words.spokenForTitled === ''
      ? ''
      : String.raw`|(?:${words.spokenForTitled})${notAccordingTo}\s+${article}(?:[\p{L}\p{N}'’.-]+\s+){0,3}`;
  return new RegExp(String.raw`^[^]*${before}(?:${right}${titled})$`, 'iu');
}

/** A regular expression of `alternatives` in `shape`; one that never matches when there are none. */
const ofWords = (alternatives: string | undefined, shape: (words: string) => string) =>
  alternatives ? new RegExp(shape(`(?:${alternatives})`), 'iu') : /(?!)/;

function compile(words: SpeechWords): SpeechPatterns {
  const verbs = `(?:${words.verbs})`;
  const article = words.articles === '' ? '' : String.raw`(?:(?:${words.articles})(?:\s+|(?<=['’])))?`;
  const to = words.to === '' ? '' : String.raw`(?:(?:${words.to})\s+)?`;
  // After a speech verb, a title's words are not whom it addresses nor where the speaker stands.
  const notTitle = [words.notTitle, words.to].filter(Boolean).join('|');
  const titleAfterVerb =
    notTitle === '' ? title : String.raw`(?:\s+(?:(?!(?:${notTitle})${after})[\p{L}\p{N}'’.-]+\s+){0,4}|\s*)`;
  // A name may follow a title of up to two words (`urged Serbian President Vučić`, `sagte dem Sender
  // Radio Marvik`), but not `that`: in `rekao je da Kurti „…“` Kurti is the subject of what follows.
  const titleWord = String.raw`(?!(?:${words.then}|${words.and})${after})[\p{L}\p{N}'’.-]+\s+`;
  const name = String.raw`${to}${article}(?:${titleWord}){0,2}N`;
  return {
    pronounAfter: new RegExp(String.raw`^${punctuation}(?:${words.pronoun})${after}`, 'iu'),
    verbAfter: new RegExp(String.raw`^${punctuation}${verbs}${after}${titleAfterVerb}$`, 'iu'),
    accordingTo: new RegExp(String.raw`^${punctuation}(?:${words.accordingTo})${after}${title}$`, 'iu'),
    // The title may end in an elided article: `Selon l'Insee`, `Secondo l'Istat`.
    accordingToBefore: new RegExp(`${before}(?:${words.accordingTo})${after}${title}${article}$`, 'iu'),
    // A title of up to three words may come first (`, Prime Minister Anna Lind said`), not a verb or a
    // preposition (`, a nurse at St Cuthbert's said`).
    nameAfter: new RegExp(
      String.raw`^${punctuation}${article}(?:(?!(?:${verbs}${notTitle === '' ? '' : `|${notTitle}`})${after})[\p{L}\p{N}'’.-]+\s+){0,3}$`,
      'iu',
    ),
    verbFirst: new RegExp(String.raw`^(?:,[^,"“”„«»]{1,60},)?\s*${verbs}${after}`, 'iu'),
    verbBefore: new RegExp(
      `${before}(?:${[words.verbs, words.introducing, words.naming].filter(Boolean).join('|')})${after}`,
      'giu',
    ),
    addressVerb: new RegExp(`^(?:${words.addressing ?? words.verbs})$`, 'iu'),
    addressedNames: new RegExp(
      String.raw`^\s*${name}(?:\s*(?:,|${words.and})\s*${name})*\s*(?:(?:${words.then})${after}|:|,)?\s*$`,
      'iu',
    ),
    // Words, not a possessive: in `Kurti's spokesman said` Kurti does not speak.
    // An apposition may have parts (`Jonas Berg, 54, a farmer from Elmsted, told`); it holds no
    // quotation: a name inside one is not the subject of the verb after it.
    subjectToVerb: /^(?:(?:,[^,"“”„«»]{1,60})+,)?\s*(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,2}$/u,
    pronounBefore:
      words.subjectPronoun === ''
        ? /^\s*$/
        : new RegExp(String.raw`^\s*(?:${words.subjectPronoun})(?:\s+[\p{L}]+)?\s+$`, 'iu'),
    spokenFor: words.spokenFor === '' ? /(?!)/ : spokenFor(words, article),
    titleNounBefore: new RegExp(String.raw`${before}(?:${words.titleNouns})\s*$`, 'iu'),
    ownerAfter: words.ownerAfter ? new RegExp(`^(?:${words.ownerAfter})`, 'iu') : /(?!)/,
    introducingVerb: new RegExp(`^(?:${words.introducing})$`, 'iu'),
    namingVerb: ofWords(words.naming, (naming) => `^${naming}$`),
    relativeBefore: ofWords(words.relatives, (relatives) => String.raw`${before}${relatives}\s+$`),
    // An object, not a possessive: before punctuation or a preposition (`her.`, `him on Friday`), not `her staff`.
    otherPerson: new Map(
      Object.entries(words.objectPronouns ?? {}).map(([subject, object]) => [
        new RegExp(`${before}${subject}${after}`, 'iu'),
        new RegExp(
          String.raw`${before}${object}(?=\s*[.,;:!?)]|\s+(?:and|to|on|at|in|with|from|for|after|before|about|as|when|while|during)${after})`,
          'iu',
        ),
      ]),
    ),
    addresseeAfter: ofWords(words.to, (to) => String.raw`^${punctuation}${verbs}${after}\s+${to}\s+${article}$`),
    // A claim's words follow it (`Kramm's claim that "…"`, `tvrdnju opozicije da „…“`), or it is someone's
    // (`Vučić's claims`); not `Kurti said the charges were "…"`.
    claimBetween: ofWords(
      words.claims,
      (claims) =>
        String.raw`${before}${claims}${after}(?:\s+[^\s"“”„«»]+){0,2}\s+(?:${words.then}|of)${after}|['’]s\s+(?:[\p{L}-]+\s+)?${claims}${after}`,
    ),
    sourcesBefore: ofWords(
      words.sources,
      (sources) => String.raw`${before}${sources}${after}(?:\s+[\p{L}'’.-]+){0,2}\s*$`,
    ),
    sourcesAfter: ofWords(words.sources, (sources) => String.raw`^\s+${sources}${after}`),
    agentBefore: ofWords(words.by, (by) => String.raw`${before}${by}\s+${article}$`),
    withinBefore: ofWords(words.within, (within) => String.raw`${before}${within}(?:\s+|(?<=['’]))${article}$`),
    withinTitle,
    ...(words.reportedClause
      ? { reportedAfterVerb: new RegExp(String.raw`^\s+${words.reportedClause}${after}`, 'u') }
      : {}),
  };
}

/** Between two names of one title ({@link SpeechPatterns.withinTitle}), in a language that spaces its words. */
const withinTitle = /^(['’]s)?(?:\s+[\p{L}\p{N}'’.-]+){0,3}(,)?\s+$/u;

/** The patterns of the languages written without spaces, by their primary subtag. */
const unspaced: Record<string, SpeechPatterns> = { zh: chinese, ja: japanese };

const compiled = new Map<SpeechWords, SpeechPatterns>();

/**
 * The attribution patterns for an article in `lang` (a BCP 47 tag such as
 * `de`, `sr-Cyrl` or `zh-Hant`); English for a language without its own words, or none.
 */
export function speechPatterns(lang?: string): SpeechPatterns {
  const primary = lang?.split('-')[0]?.toLowerCase() ?? '';
  const own = unspaced[primary];
  if (own) return own;
  const words = languages[primary] ?? english;
  let patterns = compiled.get(words);
  if (!patterns) compiled.set(words, (patterns = compile(words)));
  return patterns;
}
