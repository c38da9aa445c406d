/** One glossary entry. */
export interface GlossaryTerm {
  term: string;
  /** Stable anchor id on /glossary, used by lessons to link a term's first use. */
  id: string;
  definition: string;
  /** Slug of the lesson that teaches the term. */
  lesson?: string;
}
