// @next/mdx looks for this file at the project root. The registry itself lives in components/mdx/.
export { useMDXComponents } from '@/components/mdx';
