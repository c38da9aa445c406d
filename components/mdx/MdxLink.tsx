import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';

/** Links inside the course go through next/link (prefetching); outside links stay plain anchors. */
export function MdxLink({ href = '', ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...rest} />;
  return <a href={href} {...rest} />;
}
