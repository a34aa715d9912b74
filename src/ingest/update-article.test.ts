import { describe, expect, it } from 'vitest';
import { prepareArticle } from './prepare-article.ts';
import { updateArticleMetadata } from './update-article.ts';

const derived = prepareArticle(new TextEncoder().encode('NATO sends more troops to Kosovo. KFOR grows.\n'), 'a.txt');
const withHeadline = prepareArticle(new TextEncoder().encode('Troops for Kosovo\n\nNATO sends more.\n'), 'b.txt');

describe('updateArticleMetadata', () => {
  it('should change the metadata and keep the body, hand edits included, byte for byte', () => {
    const edited = `${derived.mdx}\nAn editor’s <NotMention>Kosovo</NotMention> note.\n`;
    const body = edited.slice(edited.indexOf('---\n', 4) + 4);
    const { mdx, frontmatter } = updateArticleMetadata(edited, {
      date: '2023-09',
      outlet: 'Example Wire',
      url: 'https://example.org/news/1',
      title: 'More troops for Kosovo',
    });
    expect(mdx.endsWith(body)).toBe(true);
    expect(frontmatter).toMatchObject({ date: '2023-09', outlet: 'Example Wire', title: 'More troops for Kosovo' });
    expect(mdx).toContain('date: "2023-09"');
  });

  it('should refuse to replace a title that is the source’s own headline, and bad values', () => {
    expect(() => updateArticleMetadata(withHeadline.mdx, { title: 'Another title' })).toThrow(
      'its title is the source’s own headline, part of the text, and cannot be replaced; leave out --title',
    );
    expect(() => updateArticleMetadata(withHeadline.mdx, { lang: 'Serbian' } as never)).toThrow(
      'the new metadata has lang: Expected a language tag such as en, sr or sr-Latn',
    );
    expect(() => updateArticleMetadata('No frontmatter here.', {})).toThrow(/has no frontmatter block/);
  });
});
