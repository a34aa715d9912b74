/**
 * The letters of the scripts written without spaces between words: Han
 * (Chinese characters, Japanese kanji), Hiragana and Katakana, with the marks
 * they share (`々`, `ー`), but not their punctuation (`。`, `「`). Where they
 * run, any letter may begin or end a word: a name stands among other letters
 * (`马尔维克市长瓦尔加表示`), and each letter counts as a word. Thai and Khmer,
 * which a dictionary would cut into words, are not among them.
 */
// A lookahead, not the `v` flag's intersection of classes: the compare page's script reads it too, in
// browsers that may not know that flag.
export const unspacedLetterPattern = String.raw`(?:(?=[\p{L}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])`;

/** One such letter. */
export const unspacedLetter = new RegExp(unspacedLetterPattern, 'u');
