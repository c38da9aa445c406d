import { describe, expect, it } from 'vitest';
import { headingText, tableOfContents } from './toc';

describe('the on-page table of contents', () => {
  it('lists second- and third-level headings with the ids rehype-slug gives them', () => {
    const toc = tableOfContents('# Title\n\n## Cold starts\n\ntext\n\n### The `/tmp` folder\n\n#### Too deep\n');
    expect(toc).toEqual([
      { depth: 2, text: 'Cold starts', id: 'cold-starts' },
      { depth: 3, text: 'The /tmp folder', id: 'the-tmp-folder' },
    ]);
  });

  it('ignores lines that only look like headings inside code blocks', () => {
    const toc = tableOfContents('```bash\n## not a heading\n```\n\n## Real one\n');
    expect(toc.map((t) => t.text)).toEqual(['Real one']);
  });

  it('gives repeated headings distinct ids, as rehype-slug does', () => {
    const toc = tableOfContents('## Limits\n\n## Limits\n');
    expect(toc.map((t) => t.id)).toEqual(['limits', 'limits-1']);
  });

  it('reduces links and emphasis to their text', () => {
    expect(headingText('Why **SnapStart** helps [Java](/x)')).toBe('Why SnapStart helps Java');
  });
});
