import { latinize } from '../text/transliterate.ts';
import type { AsideKind } from '../schemas/article-body.ts';
import { countWords } from '../text/words.ts';
import { readByline } from './byline.ts';
import { readDateline } from './dateline.ts';
import { isNewsAgency } from './news-agencies.ts';
import { isPageNavigation } from './page-navigation.ts';
import { readTimestampLine } from './timestamp-line.ts';

/** An agency's sign-off with its staff's initials (`EFE ab/jgb`, `EFE ab/jgb (foto)`): the agency, checked by the caller. */
const agencySignOff = /^\(?(\p{L}+(?: \p{Lu}\p{L}*)?)\)?\s+\p{Ll}{1,4}(?:\/\p{Ll}{1,4})+(?:\s+\(\p{L}+\))?$/u;

/** A rule that recognises one kind of page furniture from a line alone. */
export interface FurnitureRule {
  kind: AsideKind;
  /** Whether a trimmed one-line block is furniture of this kind. */
  test: (line: string) => boolean;
}

/** Furniture lines are short: a line of more words than this is article text, whatever it starts with. */
const maxFurnitureWords = 40;

/** Whether the whole line is a dateline with a date (`readDateline`): no article text after it. */
function isDatelineLine(line: string): boolean {
  if (!/\p{N}/u.test(line)) return false;
  const dateline = readDateline(line);
  return dateline?.date !== undefined && dateline.end === line.length;
}

/** An advertising slot's label, in the languages the rules read (Cyrillic is read in Latin letters). */
const adLabel = String.raw`(?:advertisement|advertising|ad|ads|sponsored(?: content)?|paid content|promo|anzeige|werbung|reklama|reklam|reklamë|oglas|publicidad|publicidade|publicité|pubblicità|annonce|anuncio|contenu sponsorisé|contenido patrocinado|contenuto sponsorizzato|sponsorisé|patrocinado)`;

/** The prompt that goes with an advertisement: `Scroll to continue`, `Story continues below advertisement`. */
const adPrompt = String.raw`(?:scroll (?:down )?to continue(?: (?:with content|reading))?|continue reading below|(?:the )?(?:story|article) continues below(?: (?:this )?(?:advertisement|ad))?|weiterlesen nach der anzeige|la suite après (?:cette )?(?:la )?publicité|(?:el )?artículo continúa (?:abajo|debajo)|continua (?:a leggere )?dopo la pubblicità)`;

/** An advertising slot's line: its label, its prompt, or both (`Advertisement · Scroll to continue`). */
const advertisementLine = new RegExp(
  String.raw`^[-–—\s]*(?:${adLabel}(?:\s*[·•|:–—-]\s*${adPrompt})?|${adPrompt})[-–—\s]*$`,
  'iu',
);

/** Networks whose names make up a row of share buttons. */
const shareNetwork = String.raw`(?:facebook|twitter|x|whatsapp|linkedin|telegram|viber|reddit|pinterest|messenger|threads|bluesky|flipboard|e-?mail|vkontakte|vk|odnoklassniki)`;

/** A row of share buttons, two or more: `Facebook Twitter WhatsApp E-Mail`. */
const shareRow = new RegExp(String.raw`^(?:${shareNetwork}(?:\s*[,|·•/]\s*|\s+|$)){2,}$`, 'iu');

/** The rules, most specific first; a line is furniture of the first rule it matches. */
export const furnitureRules: FurnitureRule[] = [
  {
    // Notes an agency writes to editors, and the closing credits of its staff.
    kind: 'agency-note',
    test: (line) =>
      /^\((?:adds|updates|recasts|changes|corrects|rewrites|refiles|fixes|removes|new throughout|adds byline)\b[^)]*\)$/i.test(
        line,
      ) ||
      /^\(?(?:additional )?(?:reporting|writing|editing|compiled|graphics|translated|translation) by\b/i.test(line) ||
      /\bcontributed to this (?:report|story)\.?$/i.test(line) ||
      // An agency's sign-off with its staff's initials: `EFE ab/jgb`, `EFE ab/jgb (foto)`.
      isNewsAgency(agencySignOff.exec(line)?.[1] ?? '') ||
      /^our standards:/i.test(line),
  },
  {
    // The attribution under an embedded post: `— Albin Kurti (@albinkurti) September 24, 2023`.
    kind: 'embed',
    test: (line) =>
      /^[—–-]+\s*.*\(@\w+\)\s*\p{L}+\.? \d{1,2},? \d{4}$/u.test(line) ||
      /(?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+)$/.test(line),
  },
  {
    // A caption or credit: `Photo: Reuters/…`, `Foto: Beta`, `(AP Photo/Besnik Doda)`,
    // a caption ending in `REUTERS/Name`, an image's alt text (`Image: …`, `Bild: …`).
    kind: 'caption',
    test: (line) =>
      /^(?:photo|photos|photograph|foto|fotografija|fotografía|image|imagen|immagine|picture|bild|bildquelle|fotoquelle|illustration|ilustracija|légende|didascalia|crédits? photo|credit|source of photo|video|bildunterschrift|bildbeschreibung|bildnachweis|fotonachweis|pie de foto|leyenda|legenda|créditos?|подпись|слика)\s*(?:[:/]|credit\b)/iu.test(
        line,
      ) ||
      // The BBC's `Image caption, …` and `Image source, Getty Images`.
      /^(?:image|media) (?:caption|source|credit), /i.test(line) ||
      /^\(?(?:(?:AP|AFP|EPA|Reuters|Getty|Anadolu|Xinhua)\s+)?(?:Photo|Foto|Image)s?\s*[:/][^)]*\)?$/i.test(line) ||
      /\((?:(?:AP|AFP|EPA|Reuters)\s+)?(?:Photo|Foto)\s*[/:][^)]*\)$/i.test(line) ||
      /\b(?:REUTERS|AFP|EPA(?:-EFE)?|ANADOLU|XINHUA|GETTY IMAGES|BETA|TANJUG|FONET)\/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\/File Photo)?$/u.test(
        line,
      ) ||
      /^(?:getty images|shutterstock|imago|picture alliance|dpa)$/i.test(line) ||
      // A marker alone where a photo or video stood: `(foto)`, `(Video)`.
      /^\((?:photos?|fotos?|video|vídeo|vidéo|bild)\)$/iu.test(line),
  },
  {
    // A gallery's counter (`3/3`, `Photo 3 of 12`) or its prompt.
    kind: 'gallery',
    test: (line) =>
      /^\d{1,3}\s*\/\s*\d{1,3}$/.test(line) ||
      /^(?:photo|image|slide|bild|fotografija) \d{1,3} (?:of|von|od) \d{1,3}$/i.test(line) ||
      /^(?:view|open|see) (?:the )?(?:photo )?gallery$|^(?:galerija|fotogalerija|bildergalerie|zur galerie)$/i.test(
        line,
      ),
  },
  {
    // An advertising slot's label, alone on its line or with its prompt (`Advertisement · Scroll to continue`).
    kind: 'advertisement',
    test: (line) => advertisementLine.test(line),
  },
  {
    // A share prompt or button (`Share this article`, `Share on Facebook`, `Podeli`, `Teilen`),
    // a share or comment counter (`• 0`, `Comments (3)`), alone on its line.
    kind: 'share',
    test: (line) =>
      /^(?:share(?: this)?(?: (?:article|story|page|post))?(?: (?:on|via) \w+)?|share|tweet|email|e-mail|print|copy link|reuse this content|follow us(?: on \w+)?|podeli(?:te)?(?: (?:na \w+|ovaj (?:članak|tekst|sadržaj)))?|podijeli(?:te)?(?: (?:na \w+|ovaj (?:članak|tekst)))?|ostavite komentar|komentariši|teilen|artikel teilen|auf \w+ teilen|drucken|partager(?: (?:sur \w+|cet article))?|condividi(?: su \w+)?|compartir(?: en \w+)?|shpërndaje|shpërndaj|komento|podelitsja|paylaş|partilhar|envoyer(?: par (?:e-?mail|courriel))?|partager par (?:e-?mail|courriel)|imprimer|copier le lien|inviare|invia(?: per e-?mail)?|stampa|enviar(?: por (?:e-?mail|correo))?|imprimir|teilen sie diese[nr]? (?:artikel|beitrag|seite)|(?:diesen )?artikel (?:teilen|versenden)|per e-?mail (?:teilen|senden|versenden)|podijeli ovo|поделиться в \p{L}+|dërgo me e-?mail|facebook|twitter|whatsapp|linkedin|telegram|viber|vkontakte|vk|odnoklassniki|x)[:!]?$/iu.test(
        line,
      ) ||
      // A row of share buttons: `Facebook Twitter WhatsApp E-Mail`, `【纠错】 【分享】`.
      shareRow.test(line) ||
      /^(?:【[^【】]{1,8}】\s*)+$/u.test(line) ||
      /^[•·|]?\s*\d+(?:[.,]\d+)?\s*[kK]?\s*(?:shares?|comments?|komentar[ai]?|kommentare?)?$/.test(line) ||
      /^(?:comments?|komentari|kommentare)\s*\(?\d*\)?$/i.test(line) ||
      // `Follow us on Twitter and Facebook for the latest news.`
      /^follow us on (?:twitter|facebook|x|instagram|telegram|tiktok|youtube|linkedin|threads|bluesky|whatsapp)\b/i.test(
        line,
      ) ||
      // `Pratite nas na društvenim mrežama`, `Ndiqni ne në Facebook`, `Suivez-nous sur X`: short, a prompt alone.
      (countWords(line) <= 12 &&
        /^(?:pratite nas|ndiqni(?: na| ne)?|na ndiqni|suivez[- ]nous|folgen sie uns|folg(?:e|t) uns|síguenos|seguici|siga-nos|sígannos|следите за нами|подписывайтесь на нас|bizi takip edin)(?![\p{L}\p{N}])/iu.test(
          line,
        )),
  },
  {
    // A prompt to subscribe or sign up, or a newsletter box.
    kind: 'subscription',
    test: (line) =>
      /^(?:subscribe|sign up|get our|join our|abonnieren|jetzt abonnieren|pretplati(?:te)? se|prijavi(?:te)? se|abonnez-vous|s['’]abonner|inscrivez-vous|iscriviti|abbonati|suscríbete|suscribirse|regístrate|abonohu|abone ol|assine|s['’]inscrire|je m['’]inscris|iscriviti ora)(?![\p{L}\p{N}])/iu.test(
        line,
      ) ||
      /\bnewsletter\b/i.test(line) ||
      /^(?:already a subscriber\?|log in|sign in|register|anmelden|prijava)\b/i.test(line) ||
      // A paywall's note: `Article réservé à nos abonnés`, `Subscribers only`.
      /^(?:(?:cet )?article réservé (?:à nos|aux) abonnés|réservé (?:à nos|aux) abonnés|subscribers? only|for subscribers|exclusive to subscribers|nur für abonnenten|(?:artículo )?(?:solo|exclusivo) para suscriptores|(?:articolo )?riservato agli abbonati)\.?$/iu.test(
        line,
      ) ||
      // A call for support: `Support independent journalism`, `Become a member today`.
      /^(?:support (?:independent|our|quality|local) (?:journalism|reporting)|donate (?:now|today))\b/i.test(line) ||
      /^become a (?:member|supporter|subscriber|patron)(?: (?:today|now))?\s*[.!]?$/i.test(line),
  },
  {
    // Reading time: `4 min read`, `Reading time: 4 minutes`, `Lesezeit: 4 Min.`, `Vreme čitanja: 3 min`.
    kind: 'reading-time',
    test: (line) =>
      /^\d+\s*(?:min(?:ute)?s?\.?|minuta|minuten|minuti|minutos|Min\.|мин\.?|минут[аы]?|dk\.?|dakika)\s*(?:read|reading|čitanja|lesezeit|lesedauer|de lecture|di lettura|de lectura|de leitura|чтения|okuma(?: süresi)?|leximi|për lexim)?$/iu.test(
        line,
      ) ||
      /^(?:reading time|read time|lesezeit|lesedauer|vreme čitanja|vrijeme čitanja|temps de lecture|durée de lecture|lecture|tempo di lettura|lettura|tiempo de lectura|lectura|tempo de leitura|leitura|время чтения|okuma süresi|koha e leximit|koha e leximit)\s*:?\s*\d+\s*\p{L}*\.?$/iu.test(
        line,
      ),
  },
  {
    // A copyright or rights line: `© 2023 Reuters`, `Copyright AFP`, `All rights reserved`.
    kind: 'copyright',
    test: (line) =>
      /^(?:©|\(c\)\s|copyright\b|sva prava zadržana|alle rechte vorbehalten)/i.test(line) ||
      /\ball rights reserved\.?$/i.test(line) ||
      // An agency's terms (`This material may not be published, broadcast, rewritten or redistributed.`).
      /^(?:this|the) (?:material|content|article|story)s? may not be (?:published|reproduced|republished)\b/i.test(
        line,
      ) ||
      // Where a republished report first ran: `This article was originally published by Balkan Insight.`
      /^this (?:article|story|piece|report) (?:was )?(?:originally |first )?(?:published|appeared) (?:by|on|in|at)\b/i.test(
        line,
      ) ||
      /^originally published (?:by|on)\b/i.test(line) ||
      /^republished (?:with permission|under)\b/i.test(line),
  },
  {
    // A cookie or consent notice.
    kind: 'cookie-notice',
    test: (line) =>
      /^(?:accept(?: all)?(?: cookies)?|reject all|i agree|manage (?:cookies|preferences)|alle akzeptieren|akzeptieren|prihvatam|prihvati sve|(?:tout )?accepter(?: et (?:continuer|fermer))?|tout refuser|j['’]accepte|aceptar(?: (?:todo|todas|y continuar))?|acepto|rechazar todo|accetta(?: tutto| tutti)?|accetto|rifiuta tutto|aceitar(?: todos)?|aceito|pranoj(?: të gjitha)?|принять(?: все)?|kabul et)$/iu.test(
        line,
      ) ||
      (/(?<!\p{L})(?:cookies?|kolačić\p{L}*)(?!\p{L})/iu.test(line) &&
        /(?<!\p{L})(?:accept\p{L}*|agree|consent\p{L}*|we use|policy|settings|akzeptier\p{L}*|verwende\p{L}*|nutze\p{L}*|einwillig\p{L}*|koristi\p{L}*|prihvat\p{L}*|saglas\p{L}*|utilis\p{L}*|politique|paramètres|accept\p{L}*|usamos|utilizamos|utiliza|acept\p{L}*|política|configuración|utilizz\p{L}*|usiamo|accett\p{L}*|informativa|impostazioni|aceit\p{L}*|política de|përdor\p{L}*|pranoj\p{L}*|используем|используют|çerez)(?!\p{L})/iu.test(
          line,
        )),
  },
  {
    // A prompt to read other content: `Read next: …`, `Read more`, `Pročitajte još`, `Lesen Sie auch`,
    // and the headings of lists of other stories (`Most read`, `Related stories`).
    kind: 'promotion',
    test: (line) =>
      /^(?:read (?:next|more|also)|also read|see also|related(?: articles?| stories| coverage| content| topics| links)?|recommended(?: for you)?|more on this(?: story)?|more from \w+|more stories|watch(?: now)?|listen|most (?:read|popular|viewed)|trending|top stories|pročitajte (?:još|i|više)|pročitaj(?:te)? još|povezane vesti|najčitanije|lesen sie (?:auch|mehr)|mehr zum thema|weiterlesen|meistgelesen|das könnte sie auch interessieren|(?:à )?lire aussi|voir aussi|les plus lus|leggi anche|potrebbe interessarti|lee también|te puede interesar|lo más leído|lexo(?:ni)? edhe|lexo më shumë|čitajte takže|zum artikel|auch interessant|ilginizi çekebilir|leia também)(?![\p{L}\p{N}])\s*(?::|$|…|\.\.\.|›|»|>|\|)/iu.test(
        line,
      ),
  },
  {
    // A prompt to an app or a link: `Download our app`, `Click here to read the full report.`
    kind: 'promotion',
    test: (line) => /^(?:(?:download|get) (?:our|the [\p{L}\s]{1,30}) app|click here)\b/iu.test(line),
  },
  {
    // An audio player's prompt: `Listen to this article | 4 mins`.
    kind: 'promotion',
    test: (line) =>
      /^(?:listen to this article|écouter cet article|ascolta (?:l['’])?articolo|escuchar (?:este )?artículo|artikel anhören)(?![\p{L}\p{N}])/iu.test(
        line,
      ),
  },
  {
    // A call for tips, or the outlet's disclaimer: `Have you got a story? Email us at …`,
    // `The views expressed in this article are the author's own …`.
    kind: 'other',
    test: (line) =>
      /^(?:if you have (?:a |any )?(?:story |news )?tips?|have you got a (?:story|tip)|got a (?:story|tip)|(?:send|email) us (?:your )?(?:story |news )?tips?|email us at|contact (?:our|the) newsroom)\b/i.test(
        line,
      ) ||
      /^(?:the )?(?:views|opinions) expressed (?:in this (?:article|piece|column|op-ed|story)|(?:here )?are (?:the author|those of|solely))\b/i.test(
        line,
      ),
  },
  {
    // A line of the page's tags or topics: `Tags: Kosovo, Serbia`, `Tagovi: …`, `Schlagwörter: …`.
    kind: 'other',
    test: (line) =>
      countWords(line) <= 20 &&
      !/[.!?]$/.test(line) &&
      /^(?:tags?|topics|tagovi|teme|oznake|schlagwörter|themen|mots-clés|sujets|etichette|argomenti|etiquetas|temas|etiketa|temat)\s*:\s*\S/iu.test(
        line,
      ),
  },
  {
    // A byline: `By Jane Doe`, `By Jane Doe and John Roe, BBC News`, `Von Max Muster`, `Piše: Ana Anić`,
    // or an agency's name alone on a line.
    kind: 'byline',
    test: (line) =>
      // Not case-insensitive: under `iu`, \p{Lu} would match lower-case letters too.
      ((/^(?:[Bb]y|BY|[Vv]on|[Pp]i[šs]e|[Ww]ritten by)\s+\p{Lu}/u.test(line) ||
        /^(?:[Bb]y|[Vv]on|[Pp]i[šs]e|[Aa]utor(?:ka)?|[Aa]uthor|[Tt]ext)\s*:\s*\p{Lu}/u.test(line)) &&
        countWords(line) <= 12 &&
        !/[.!?]$/.test(line.replace(/\b\p{Lu}\.$/u, ''))) ||
      // A credit to a source or an editor: `Izvor: Tanjug`, `Source: Reuters`, `Quelle: dpa`, `Editor: Jane Roe`.
      (countWords(line) <= 6 &&
        !/[.!?]$/.test(line) &&
        /^(?:[Ss]ource|[Ii]zvor|[Qq]uelle|[Ff]uente|[Ff]onte|[Bb]urimi|[Ii]stočnik|[Kk]aynak|[Ee]ditor|[Uu]rednik|[Uu]rednica|[Rr]edakteur(?:in)?|[Rr]edaktor|[Aa]uteur|[Aa]utore|[Rr]édact(?:eur|rice)|[Rr]edattore|[Rr]edactor(?:a)?|来源|來源|稿源|出处|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|责编)\s*[:：]\s*\p{L}/u.test(
          line,
        )) ||
      // Any byline `readByline` reads, such as `Helena Smith and agencies`.
      readByline(line) !== undefined ||
      /^(?:reuters|afp|ap|associated press|dpa|apa|beta|tanjug|fonet|bbc news|staff and agencies|agencies)(?:,\s*\p{L}+(?:\s\p{L}+)?)?$/iu.test(
        line,
      ),
  },
  {
    // A site's banner: its domain name with a tagline (`SpaceWar.com - Your World At War`).
    kind: 'banner',
    test: (line) =>
      countWords(line) <= 12 &&
      !/[.!?]$/.test(line) &&
      /(?:^|\s)[\p{L}\d-]+\.(?:com|net|org|info|rs|de|at|ch|ba|me|hr|eu|co\.uk|news|tv)(?=$|\s|[-–—|:])/iu.test(line),
  },
  {
    // A time stamp (see readTimestampLine), or a dated dateline on a line of its own: `Washington (AFP)
    // Sep 29, 2023`, `Pristina, 2. Oktober 2023`.
    kind: 'timestamp',
    test: (line) => readTimestampLine(line) !== undefined || isDatelineLine(line),
  },
  {
    // The page's navigation: a skip link (`Skip to main content`) or a breadcrumb (`Accueil > Monde > Europe`);
    // last, since a time stamp or a caption may be joined by `|` or `/` too.
    kind: 'other',
    test: isPageNavigation,
  },
];

/**
 * The kind of page furniture a one-line block is, by the first of
 * {@link furnitureRules} it matches, or `undefined` for article text. Limits:
 * line rules only (runs of related headlines are found by
 * `markRelatedHeadlines`); English, Serbian (Latin and Cyrillic) and German prompts, and the
 * common ones of French, Italian, Spanish, Portuguese, Albanian, Russian, Turkish and Chinese pages;
 * page navigation (skip links, breadcrumbs).
 */
export function furnitureKind(line: string): AsideKind | undefined {
  if (countWords(line) > maxFurnitureWords) return undefined;
  // Serbian is written in Cyrillic as often as in Latin letters: the rules read both (`Фото:` is `Foto:`).
  // `İ` (Turkish) lower-cases to `i̇`, which a case-insensitive rule does not take for `i`.
  const latin = latinize(line).replaceAll('İ', 'I');
  return furnitureRules.find((rule) => rule.test(line) || (latin !== line && rule.test(latin)))?.kind;
}
