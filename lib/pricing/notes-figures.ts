import { lambdaPricing } from './aws-lambda';
import { billableGbSeconds, billableRequests, billedMs, durationCharge, gbSeconds, requestCharge } from './lambda-charges';
import { lambdaMonthlyBill } from './lambda-cost';

/**
 * The course notes' own example, worked out exactly so the lesson can show where each quoted
 * figure comes from. The notes say: 512 MB for 200 ms per call is 0.1 GB-s, $0.0000016667 of
 * duration per call; a million calls "about $1.70"; "$18.67 at 10 million".
 *
 * - A million calls: $1.67 of duration + $0.20 of requests = $1.87. "$1.70" matches neither; it is
 *   exactly what the duration alone comes to if the GB-second price is rounded to $0.000017.
 * - Ten million calls: $16.67 + $2.00 = $18.67, as the other note says (no free tier).
 * - With the free tier on, ten million calls cost $11.80 (1 M requests and 400,000 GB-s free).
 */
export const NOTES_EXAMPLE = { memoryMb: 512, durationMs: 200 } as const;

/** The GB-second price rounded to two significant figures, as the "$1.70" note seems to have used. */
export const ROUGH_GB_SECOND_PRICE = 0.000017;

export interface NotesMonth {
  requests: number;
  duration: number;
  requestCharge: number;
  total: number;
}

/** The notes' function for a month of `requests` calls: net duration and request charges. */
function notesMonth(requests: number, freeTier: boolean): NotesMonth {
  const gbs = gbSeconds(NOTES_EXAMPLE.memoryMb, billedMs(NOTES_EXAMPLE.durationMs), requests);
  return {
    requests,
    duration: durationCharge(billableGbSeconds(gbs, freeTier), 'x86'),
    requestCharge: requestCharge(billableRequests(requests, freeTier)),
    total: lambdaMonthlyBill({ ...NOTES_EXAMPLE, requests, arch: 'x86', freeTier }).total,
  };
}

export interface NotesFigures {
  gbSecondsPerCall: number;
  durationCostPerCall: number;
  oneMillion: NotesMonth;
  tenMillion: NotesMonth;
  tenMillionWithFreeTier: NotesMonth;
  /** What the "$1.70" note most likely computed: a million calls' duration at $0.000017 per GB-s. */
  oneMillionDurationAtRoughPrice: number;
  /** The figures as the notes quote them. */
  quoted: { oneMillion: number; tenMillion: number };
}

export function notesFigures(): NotesFigures {
  const gbSecondsPerCall = (NOTES_EXAMPLE.memoryMb / 1024) * (NOTES_EXAMPLE.durationMs / 1000);
  const x86Price = lambdaPricing.durationTiers.x86.value[0]!.pricePerGbSecond;
  return {
    gbSecondsPerCall,
    durationCostPerCall: gbSecondsPerCall * x86Price,
    oneMillion: notesMonth(1e6, false),
    tenMillion: notesMonth(1e7, false),
    tenMillionWithFreeTier: notesMonth(1e7, true),
    oneMillionDurationAtRoughPrice: 1e6 * gbSecondsPerCall * ROUGH_GB_SECOND_PRICE,
    quoted: { oneMillion: 1.7, tenMillion: 18.67 },
  };
}
