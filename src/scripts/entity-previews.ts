import { plural } from '../text/plural.ts';
import { currentMode } from './annotation-mode.ts';
import type { EntityPreview } from './entity-preview-data.ts';

/**
 * Page previews for mentions: hovering (after a short delay), focusing or
 * tapping a `.mention` link shows a card with what the glossary says of the
 * entity, read from its `preview.json` beside its page (fetched once per
 * entity and page view). The card stays while the pointer is over it; Escape
 * or its close button closes it. On touch, the first tap shows the card and a
 * second tap on the same mention follows the link. A reader who arrives at a
 * mention from a backlink came to read its sentence: the mention is
 * highlighted (`:target`), and its card waits until the reader moves.
 */

/** Delays in milliseconds: long enough not to flash while the pointer passes by. */
const openDelay = 400;
const closeDelay = 300;

/** The preview of the entity a mention links to: its page's URL with `preview.json` (see routes.entityPreview). */
function previewUrl(mention: HTMLAnchorElement): string {
  return new URL('preview.json', mention.href).href;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

/** How often the entity is mentioned here, and in the archive: `4 mentions here · 8 in 4 articles`. */
export function mentionCounts(
  here: number,
  { mentions, articles }: Pick<EntityPreview, 'mentions' | 'articles'>,
): string {
  return `${plural(here, 'mention')} here · ${mentions.toLocaleString('en')} in ${plural(articles, 'article')}`;
}

/** The card's content for a mention: the entity's kind, name, role and summary, its counts, and a link to its page. */
function cardContent(mention: HTMLAnchorElement, preview: EntityPreview): Node[] {
  // Mentions of one entity link to one page.
  const href = mention.getAttribute('href') ?? '';
  const here = document.querySelectorAll(`a.mention[href="${CSS.escape(href)}"]`).length;
  const more = document.createElement('a');
  more.className = 'preview-card__more';
  more.href = href;
  more.textContent = 'Glossary entry and every mention';
  return [
    paragraph('preview-card__kind', preview.kind),
    paragraph('preview-card__name', preview.name),
    ...(preview.role ? [paragraph('preview-card__role', preview.role)] : []),
    ...(preview.summary ? [paragraph('preview-card__summary', preview.summary)] : []),
    paragraph('preview-card__counts', mentionCounts(here, preview)),
    more,
  ];
}

export function startEntityPreviews(): void {
  if (!document.querySelector('a.mention')) return;
  /** Each entity's preview, fetched once; a failed fetch is forgotten, so that a later hover tries again. */
  const previews = new Map<string, Promise<EntityPreview>>();
  const previewOf = (mention: HTMLAnchorElement): Promise<EntityPreview> => {
    const url = previewUrl(mention);
    let preview = previews.get(url);
    if (!preview) {
      preview = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<EntityPreview>;
      });
      preview.catch(() => previews.delete(url));
      previews.set(url, preview);
    }
    return preview;
  };

  const card = document.createElement('div');
  card.id = 'entity-preview';
  card.className = 'preview-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  const body = document.createElement('div');
  const closeButton = document.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'preview-card__close';
  closeButton.setAttribute('aria-label', 'Close the preview');
  closeButton.textContent = '×';
  card.append(closeButton, body);
  document.body.append(card);

  // The mention a backlink brought the reader to: no card for it until the reader moves or types.
  const target = window.location.hash
    ? document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
    : null;
  let arrival = mentionOf(target);
  const settle = () => {
    arrival = undefined;
  };
  for (const move of ['pointermove', 'pointerdown', 'keydown']) document.addEventListener(move, settle, { once: true });

  let current: HTMLAnchorElement | undefined;
  /** The mention whose card is wanted, while its preview loads. */
  let wanted: HTMLAnchorElement | undefined;
  let timer: number | undefined;
  let lastPointer = 'mouse';
  /** Whether the card already showed the tapped mention when the tap began (focus may open it since). */
  let previewedBeforeTap = false;

  const schedule = (action: () => void, delay: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(action, delay);
  };

  const show = (mention: HTMLAnchorElement, preview: EntityPreview) => {
    if (current !== mention) {
      close();
      body.replaceChildren(...cardContent(mention, preview));
      current = mention;
      mention.setAttribute('aria-describedby', card.id);
    }
    card.hidden = false;
    place(card, mention);
  };

  const open = (mention: HTMLAnchorElement) => {
    window.clearTimeout(timer);
    // No card over the reader's own sentence on arrival, nor with annotations turned off.
    if (mention === arrival || currentMode() === 'none') return;
    wanted = mention;
    previewOf(mention)
      .then((preview) => {
        // Shown only if the reader has not moved on while it loaded.
        if (wanted === mention) show(mention, preview);
      })
      .catch(() => undefined);
  };

  const close = () => {
    window.clearTimeout(timer);
    wanted = undefined;
    current?.removeAttribute('aria-describedby');
    current = undefined;
    card.hidden = true;
  };

  document.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
    const mention = mentionOf(event.target);
    previewedBeforeTap = mention !== undefined && mention === current && !card.hidden;
    if (!card.contains(event.target as Node) && !mention) close();
  });
  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    const mention = mentionOf(event.target);
    if (mention) schedule(() => open(mention), current ? 0 : openDelay);
    else if (card.contains(event.target as Node)) window.clearTimeout(timer);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    if (mentionOf(event.target) || card.contains(event.target as Node)) schedule(close, closeDelay);
  });
  document.addEventListener('focusin', (event) => {
    const mention = mentionOf(event.target);
    if (mention !== dismissed) dismissed = undefined;
    if (mention && mention !== dismissed) open(mention);
    else if (!mention && !card.contains(event.target as Node)) close();
  });
  document.addEventListener('click', (event) => {
    const mention = mentionOf(event.target);
    // First tap previews; a second tap on the same mention follows the link.
    if (mention && lastPointer === 'touch' && !previewedBeforeTap && currentMode() !== 'none') {
      event.preventDefault();
      open(mention);
    }
  });
  /** The mention whose card the reader closed while on it: its focus does not reopen the card. */
  let dismissed: HTMLAnchorElement | undefined;
  /** Closes the card, and gives focus back to its mention if it was within the card. */
  const dismiss = () => {
    dismissed = current;
    const within = card.contains(document.activeElement);
    close();
    if (within) dismissed?.focus();
  };
  closeButton.addEventListener('click', dismiss);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) dismiss();
  });
  window.addEventListener('resize', close);
}

function mentionOf(target: EventTarget | null): HTMLAnchorElement | undefined {
  return target instanceof Element ? (target.closest<HTMLAnchorElement>('a.mention') ?? undefined) : undefined;
}

/** Places the card below the mention, or above it when there is no room below; never off screen. */
function place(card: HTMLElement, mention: HTMLElement): void {
  const box = mention.getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const gap = 8;
  const left = Math.min(Math.max(gap, box.left), document.documentElement.clientWidth - width - gap);
  const below = box.bottom + gap + height <= window.innerHeight || box.top - gap - height < 0;
  const top = below ? box.bottom + gap : box.top - gap - height;
  card.style.left = `${left + window.scrollX}px`;
  card.style.top = `${top + window.scrollY}px`;
}
