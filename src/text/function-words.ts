/**
 * Common English function words, lower case: articles, pronouns, determiners,
 * prepositions, conjunctions, auxiliary and modal verbs, and a few adverbs.
 * Nearly every sentence holds some, so a glossary alias equal to one of them
 * (`the`, `us`, `may`) would turn ordinary prose into mentions. Compare a
 * word folded with `foldText` (`./fold.ts`) against it.
 */
export const functionWords: ReadonlySet<string> = new Set([
  // Articles and determiners.
  ...['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'each', 'all', 'both'],
  ...['either', 'neither', 'other', 'another', 'such', 'more', 'most', 'many', 'much', 'few', 'own', 'same'],
  // Pronouns.
  ...['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours'],
  ...['yourself', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself'],
  ...['they', 'them', 'their', 'theirs', 'themselves', 'who', 'whom', 'whose', 'which', 'what', 'one'],
  // Prepositions.
  ...['about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'as', 'at', 'before'],
  ...['behind', 'below', 'beside', 'between', 'beyond', 'by', 'despite', 'down', 'during', 'except', 'for'],
  ...['from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over'],
  ...['past', 'per', 'since', 'through', 'to', 'toward', 'towards', 'under', 'until', 'up', 'upon', 'via'],
  ...['with', 'within', 'without'],
  // Conjunctions.
  ...['and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'because', 'although', 'though', 'while', 'whether'],
  ...['than', 'then', 'when', 'where', 'once', 'unless'],
  // Auxiliary and modal verbs.
  ...['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did'],
  ...['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'],
  // Adverbs and particles.
  ...['not', 'yes', 'there', 'here', 'how', 'why', 'also', 'just', 'only', 'too', 'very', 'again', 'ever'],
  ...['never', 'now', 'still'],
]);
