import type { MDXComponents } from 'mdx/types';
import * as diagrams from '@/components/diagrams';
import { Callout } from './Callout';
import { Fact } from './Fact';
import { Figure } from './Figure';
import { H2, H3, H4 } from './Heading';
import { KeyTakeaways } from './KeyTakeaways';
import { MdxLink } from './MdxLink';
import { QuizCheck } from './QuizCheck';
import { Simulator } from './Simulator';
import { Table } from './Table';
import { Term } from './Term';

/**
 * Everything a lesson author may write in MDX, in one place. content/README.md documents each;
 * the content tests fail when a lesson uses a tag that is not listed here.
 */
export const lessonComponents = {
  Callout,
  Fact,
  Figure,
  KeyTakeaways,
  QuizCheck,
  Simulator,
  Term,
  ...diagrams,
} satisfies MDXComponents;

const htmlOverrides = {
  h2: H2,
  h3: H3,
  h4: H4,
  a: MdxLink,
  table: Table,
} satisfies MDXComponents;

export const mdxComponents: MDXComponents = { ...htmlOverrides, ...lessonComponents };

export function useMDXComponents(): MDXComponents {
  return mdxComponents;
}
