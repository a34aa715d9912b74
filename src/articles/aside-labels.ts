import type { AsideKind } from '../schemas/article-body.ts';

/** What each kind of set-apart line is, as the label above it says to a reader. */
export const asideLabels: Record<AsideKind, string> = {
  banner: 'Site banner in the source',
  byline: 'Byline',
  timestamp: 'Time stamp in the source',
  caption: 'Photo caption in the source',
  gallery: 'Photo gallery control in the source',
  advertisement: 'Advertisement',
  related: 'Related headline on the source page',
  promotion: 'Promotional line in the source',
  share: 'Share button in the source',
  subscription: 'Subscription prompt in the source',
  'reading-time': 'Reading time in the source',
  embed: 'Embedded post in the source',
  copyright: 'Copyright line',
  'agency-note': 'News agency’s note to editors',
  'cookie-notice': 'Cookie notice in the source',
  other: 'In the source, not part of the article',
};
