/**
 * Notices quote values from a link, and a link can carry anything: direction overrides that make
 * a sentence read backwards ("U+202E"), invisible controls, half of a surrogate pair, a megabyte of
 * text. A notice shows a link's value only after `shownValue` has made it safe to read.
 */

/** One value the parser had to change, in a sentence a learner can read. */
export interface ScenarioNotice {
  param: string;
  /** The whole sentence, as plain text (for screen readers and tests). */
  message: string;
  /**
   * The same sentence around the link's own value (before + value + after === message), so a
   * view can set the value apart in <bdi> and a right-to-left value cannot reorder the sentence.
   */
  quoted?: { before: string; value: string; after: string };
}

/** Longest value a notice quotes, in code points. */
export const NOTICE_VALUE_MAX = 24;

// Controls (C0, DEL, C1) and format characters, which include every bidi embedding, override,
// isolate and mark (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069), zero-width characters
// and the byte-order mark: none of them is visible, and some change how the text around them reads.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
// In a 'u' regex a lone surrogate is a code point of its own (category Cs); a pair is one code point.
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * A link's value as a notice may show it: invisible and direction-changing characters removed, a
 * lone surrogate replaced by U+FFFD, and cut at NOTICE_VALUE_MAX code points (never inside a pair).
 */
export function shownValue(raw: string): string {
  const clean = raw.replace(INVISIBLE, '').replace(LONE_SURROGATE, '\uFFFD');
  const points = Array.from(clean);
  return points.length > NOTICE_VALUE_MAX ? `${points.slice(0, NOTICE_VALUE_MAX).join('')}…` : clean;
}

/** A notice whose sentence quotes the (made safe) value: `before` + value + `after`. */
export function quotingNotice(param: string, before: string, raw: string, after: string): ScenarioNotice {
  const value = shownValue(raw);
  return { param, message: `${before}${value}${after}`, quoted: { before, value, after } };
}
