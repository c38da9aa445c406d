/** "1 lesson", "3 lessons": counts in the sentences the storage layer writes. */
export function plural(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}
