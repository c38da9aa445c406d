import GithubSlugger from 'github-slugger';

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** Markdown inline syntax reduced to the text a reader sees, as rehype-slug sees it. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2')
    .replace(/<[^>]+>/g, '')
    .trim();
}

/**
 * The on-page table of contents, read from the MDX source. Ids come from github-slugger, the
 * same slugger rehype-slug uses to give the rendered headings their ids, so the links match;
 * the link checker verifies that on the built pages.
 */
export function tableOfContents(mdxBody: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const entries: TocEntry[] = [];
  let inFence = false;
  for (const line of mdxBody.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const text = headingText(match[2]!);
    const id = slugger.slug(text); // every heading advances the slugger, as rehype-slug does
    const depth = match[1]!.length;
    if (depth === 2 || depth === 3) entries.push({ depth, text, id });
  }
  return entries;
}
