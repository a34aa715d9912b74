/**
 * Page previews for mentions: hovering (after a short delay), focusing or
 * tapping a `.mention` link shows a card built from the page's
 * `<template data-entity>` for that entity. The card stays while the pointer
 * is over it; Escape closes it. On touch, the first tap shows the card and a
 * second tap on the same mention follows the link.
 */

/** Delays in milliseconds: long enough not to flash while the pointer passes by. */
const openDelay = 400;
const closeDelay = 300;

export function startEntityPreviews(): void {
  const templates = new Map(
    [...document.querySelectorAll<HTMLTemplateElement>('template[data-entity]')].map((template) => [
      template.dataset.entity ?? '',
      template,
    ]),
  );
  if (templates.size === 0) return;

  const card = document.createElement('div');
  card.id = 'entity-preview';
  card.className = 'preview-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);

  let current: HTMLAnchorElement | undefined;
  let timer: number | undefined;
  let lastPointer = 'mouse';
  /** Whether the card already showed the tapped mention when the tap began (focus may open it since). */
  let previewedBeforeTap = false;

  const schedule = (action: () => void, delay: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(action, delay);
  };

  const open = (mention: HTMLAnchorElement) => {
    window.clearTimeout(timer);
    const template = templates.get(mention.dataset.entity ?? '');
    if (!template) return;
    if (current !== mention) {
      close();
      card.replaceChildren(template.content.cloneNode(true));
      current = mention;
      mention.setAttribute('aria-describedby', card.id);
    }
    card.hidden = false;
    place(card, mention);
  };

  const close = () => {
    window.clearTimeout(timer);
    current?.removeAttribute('aria-describedby');
    current = undefined;
    card.hidden = true;
  };

  const mentionOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest<HTMLAnchorElement>('a.mention') ?? undefined) : undefined;

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
    if (mention) open(mention);
    else if (!card.contains(event.target as Node)) close();
  });
  document.addEventListener('click', (event) => {
    const mention = mentionOf(event.target);
    // First tap previews; a second tap on the same mention follows the link.
    if (mention && lastPointer === 'touch' && !previewedBeforeTap) {
      event.preventDefault();
      open(mention);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || card.hidden) return;
    const mention = current;
    close();
    if (card.contains(document.activeElement)) mention?.focus();
  });
  window.addEventListener('resize', close);
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
