/**
 * The reader's choice of how mentions are drawn, remembered across pages:
 * `all` (every mention underlined alike), `first` (the default: an entity's
 * mentions after its first in the article are drawn faint) or `none` (mentions read as
 * plain text, out of the keyboard's way, with no preview cards). The choice is
 * the `data-annotations` attribute of the root element; the global stylesheet
 * draws it.
 */

export const annotationModes = ['all', 'first', 'none'] as const;
export type AnnotationMode = (typeof annotationModes)[number];

const storageKey = 'annotations';
const defaultMode: AnnotationMode = 'first';

/** The mode a stored value names, or the default. */
export function readMode(stored: string | null): AnnotationMode {
  return annotationModes.find((mode) => mode === stored) ?? defaultMode;
}

/** The mode in force on this page. */
export function currentMode(): AnnotationMode {
  return readMode(document.documentElement.dataset.annotations ?? null);
}

function storedMode(): AnnotationMode {
  try {
    return readMode(window.localStorage.getItem(storageKey));
  } catch {
    // Storage may be off (private browsing, blocked cookies): the default then.
    return defaultMode;
  }
}

/** Applies a mode to the page: its attribute, and the mentions' places in the tab order. */
function apply(mode: AnnotationMode): void {
  document.documentElement.dataset.annotations = mode;
  for (const mention of document.querySelectorAll<HTMLElement>('a.mention')) {
    // A repeat is never a tab stop (see mentionAttributes); with no annotations, no mention is.
    if (mode === 'none' || mention.classList.contains('mention--repeat')) mention.tabIndex = -1;
    else mention.removeAttribute('tabindex');
  }
}

/** Applies the stored mode, and binds the switch's radio buttons (`input[name]` in `control`) to it. */
export function bindAnnotationSwitch(control: HTMLElement): void {
  const mode = storedMode();
  apply(mode);
  for (const radio of control.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    radio.checked = radio.value === mode;
    radio.addEventListener('change', () => {
      const chosen = readMode(radio.value);
      apply(chosen);
      try {
        window.localStorage.setItem(storageKey, chosen);
      } catch {
        // Not remembered, but applied to this page.
      }
    });
  }
  control.hidden = false;
}
