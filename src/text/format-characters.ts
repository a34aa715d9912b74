/**
 * Invisible format characters: soft hyphens (which many sites put in long
 * words), zero-width spaces and joiners, direction marks. A reader sees none
 * of them, so texts are compared without them.
 */
const formatCharacters = /\p{Cf}/gu;

/** `text` without its invisible format characters: `sup\u00ADply` reads as `supply`. */
export const withoutFormatCharacters = (text: string) => text.replace(formatCharacters, '');
