import type { ComponentPropsWithoutRef } from 'react';
import styles from './mdx.module.css';

/**
 * Lesson headings link to themselves so a teacher can share "#the-cold-start" directly.
 * rehype-slug has already given each heading its stable id.
 */
function anchored(Tag: 'h2' | 'h3' | 'h4') {
  function AnchoredHeading({ id, children, ...rest }: ComponentPropsWithoutRef<'h2'>) {
    if (!id) return <Tag {...rest}>{children}</Tag>;
    return (
      <Tag id={id} {...rest} className={styles.heading}>
        <a href={`#${id}`} className={styles.headingLink}>
          {children}
        </a>
      </Tag>
    );
  }
  AnchoredHeading.displayName = `Anchored(${Tag})`;
  return AnchoredHeading;
}

export const H2 = anchored('h2');
export const H3 = anchored('h3');
export const H4 = anchored('h4');
