import { foldText } from './fold.ts';

/**
 * Personal titles and the words for offices that stand before a person's
 * name in news reports (`Gen.`, `President`, `Secretary of State`,
 * `spokesman`), folded, full stops dropped: in English, and the commonest
 * in the archive's other languages, as they stand before a name in the
 * subject's case (`Bundeskanzler Olaf Scholz`, `Kryeministri Kurti`,
 * `Председник Вучић`, `le porte-parole Jean Dupont`).
 */
const titles: ReadonlySet<string> = new Set(
  [
    ...['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'gen', 'general', 'lt', 'col', 'colonel', 'maj', 'major'],
    ...['capt', 'captain', 'adm', 'admiral', 'sgt', 'sergeant', 'commander', 'brig', 'brigadier', 'marshal'],
    ...['president', 'vice president', 'prime minister', 'deputy prime minister', 'minister', 'deputy minister'],
    ...['foreign minister', 'interior minister', 'defence minister', 'defense minister', 'justice minister'],
    ...['secretary', 'secretary of state', 'secretary-general', 'secretary general', 'chancellor', 'premier'],
    ...['ambassador', 'envoy', 'special envoy', 'special representative', 'high representative', 'consul'],
    ...['spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'head', 'leader', 'chairman'],
    ...['chairwoman', 'speaker', 'senator', 'sen', 'rep', 'congressman', 'congresswoman', 'lawmaker', 'mp'],
    ...['deputy', 'mayor', 'governor', 'judge', 'prosecutor', 'king', 'queen', 'prince', 'pope', 'patriarch'],
    ...['bishop', 'archbishop', 'metropolitan', 'father', 'priest', 'official', 'analyst', 'professor', 'prof'],
    ...['correspondent', 'reporter', 'commissioner', 'representative', 'negotiator', 'adviser', 'advisor'],
    // German.
    ...['herr', 'frau', 'präsident', 'präsidentin', 'bundespräsident', 'bundespräsidentin', 'kanzler'],
    ...['kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'ministerpräsident', 'ministerpräsidentin'],
    ...['premierminister', 'premierministerin', 'regierungschef', 'regierungschefin', 'ministerin'],
    ...['außenminister', 'außenministerin', 'innenminister', 'innenministerin', 'verteidigungsminister'],
    ...['verteidigungsministerin', 'sprecher', 'sprecherin', 'regierungssprecher', 'regierungssprecherin'],
    ...['botschafter', 'botschafterin', 'generalsekretär', 'generalsekretärin', 'bürgermeister'],
    ...['bürgermeisterin', 'staatschef', 'staatschefin', 'gesandter', 'sondergesandter'],
    // French, Spanish, Italian.
    ...['mme', 'président', 'présidente', 'premier ministre', 'ministre', 'porte-parole', 'ambassadeur'],
    ...['ambassadrice', 'secrétaire général', 'maire', 'général', 'émissaire', 'presidente', 'presidenta'],
    ...['primer ministro', 'primera ministra', 'ministro', 'ministra', 'portavoz', 'embajador', 'embajadora'],
    ...['canciller', 'secretario general', 'alcalde', 'alcaldesa', 'señor', 'señora', 'enviado'],
    ...['primo ministro', 'portavoce', 'ambasciatore', 'segretario generale', 'sindaco', 'generale'],
    // Serbian, Croatian and Bosnian (in Latin letters and in Cyrillic), Albanian, Russian.
    ...['predsednik', 'predsjednik', 'predsednica', 'predsjednica', 'premijer', 'premijerka', 'ministar'],
    ...['ministarka', 'portparol', 'glasnogovornik', 'ambasador', 'veleposlanik', 'gradonačelnik'],
    ...['председник', 'премијер', 'министар', 'портпарол', 'амбасадор', 'градоначелник'],
    ...['kryeministri', 'kryeministrja', 'presidenti', 'presidentja', 'ministri', 'ministrja', 'zëdhënësi'],
    ...['zëdhënësja', 'ambasadori', 'kryetari', 'kryetarja', 'i dërguari'],
    ...['президент', 'премьер', 'премьер-министр', 'министр', 'пресс-секретарь', 'посол', 'генсек', 'мэр'],
  ].map((title) => foldText(title)),
);

/** The longest title, in words, of any listed. */
const longest = 3;

/**
 * How many words, from `index` on, make a title (`Secretary of State` is
 * three), or 0 when none starts there. Compares words folded, without a
 * final full stop (`Gen.` is `gen`).
 */
export function titleLengthAt(words: readonly string[], index: number): number {
  for (let length = Math.min(longest, words.length - index); length > 0; length--) {
    const phrase = words
      .slice(index, index + length)
      .map((word) => foldText(word).replace(/\.$/, ''))
      .join(' ');
    if (titles.has(phrase)) return length;
  }
  return 0;
}
