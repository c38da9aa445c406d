import { logNormalSigmaOf } from '../../data/lambda-perf';
import { snapStartCalibration, snapStartRestoreMeasured } from '../../data/snapstart';

/**
 * A SnapStart cold start: restore the snapshot taken after INIT at publish time, then run the
 * first request, which still pays for whatever INIT work the snapshot did not capture (classes
 * loaded lazily, code not yet compiled). Priming runs more of that work before the snapshot.
 *
 * The restore is lambda-perf's measured Java 21 hello-world restore (median 692 ms in 2025, slower
 * than the 255 ms INIT it replaces), growing slowly with the snapshot's size; the leftover share of
 * INIT work is fitted to AWS's priming measurements. Both calibrations: lib/data/snapstart.ts.
 * The upshot a learner should see: SnapStart loses for a tiny function and wins, several times
 * over, once INIT takes seconds.
 */
export type SnapStartPriming = 'none' | 'class' | 'invoke';
export const snapStartPrimings: readonly SnapStartPriming[] = ['none', 'class', 'invoke'];

const measured = snapStartRestoreMeasured.value;
const calibration = snapStartCalibration.value;

/**
 * The snapshot's size, MB: the hello world's memory in use (lambda-perf) plus the package, whose
 * classes INIT loads. COURSE CALIBRATION: AWS publishes no relation between package and snapshot.
 */
export function snapshotSizeMb(packageMb: number): number {
  return measured.memoryUsedMb + Math.max(0, packageMb);
}

export interface SnapStartColdStart {
  snapshotMb: number;
  /** Median restore of this snapshot, ms (the REPORT line's Restore Duration). */
  restoreMedianMs: number;
  /** Log-normal spread of the restore, fitted to lambda-perf's 10th and 90th percentiles. */
  sigma: number;
  /** INIT work the first request still pays after the restore, ms. */
  afterRestoreMs: number;
  /** Median of the whole cold start: restore + leftover work, ms. */
  medianMs: number;
}

export function snapStartColdStart(input: { packageMb: number; initWorkMs: number; priming: SnapStartPriming }): SnapStartColdStart {
  const snapshotMb = snapshotSizeMb(input.packageMb);
  const growth = 1 + calibration.restoreGrowthPerMb * Math.max(0, snapshotMb - measured.memoryUsedMb);
  const restoreMedianMs = measured.medianMs * growth;
  const afterRestoreMs = calibration.afterRestoreShare[input.priming] * Math.max(0, input.initWorkMs);
  return {
    snapshotMb,
    restoreMedianMs,
    sigma: logNormalSigmaOf(measured),
    afterRestoreMs,
    medianMs: restoreMedianMs + afterRestoreMs,
  };
}
