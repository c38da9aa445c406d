/** One band of a volume-tiered price: usage up to `upTo` (cumulative) costs `price` per unit. */
export interface Tier {
  upTo: number;
  price: number;
}

/**
 * The charge for `quantity` units under cumulative tiers, each unit priced by the band it falls
 * in (AWS's monthly tiers work this way: the first 6 billion GB-seconds at one price, the next at
 * a lower one). Tiers must be in ascending order and the last should end at Infinity.
 */
export function tieredCost(quantity: number, tiers: readonly Tier[]): number {
  let cost = 0;
  let from = 0;
  for (const tier of tiers) {
    if (quantity <= from) break;
    const inBand = Math.min(quantity, tier.upTo) - from;
    cost += inBand * tier.price;
    from = tier.upTo;
  }
  return cost;
}
