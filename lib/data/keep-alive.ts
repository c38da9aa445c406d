import { sourced, type Source } from './sourced';

/**
 * How long Lambda keeps an idle execution environment, as measured by people who looked. AWS
 * publishes no figure (the Operator Guide: "a non-deterministic period of time") and has changed
 * the behaviour without notice, so the course teaches it as a range with dates and the simulator
 * draws it from a distribution around a chosen window (lib/sim/rules/keep-alive.ts).
 */
const asOf = '2026-12-08';

const CUI_2017: Source = {
  title: 'Yan Cui: Finding coldstarts: how long does AWS Lambda keep your idle functions around? (June 2017)',
  url: 'https://theburningmonk.com/2017/06/finding-coldstarts-how-long-does-aws-lambda-keep-your-idle-functions-around/',
};
const SHILKOV_2019: Source = {
  title: 'Mikhail Shilkov: AWS Lambda Cold Starts After 10 Minutes (August 2019)',
  url: 'https://mikhail.io/2019/08/aws-lambda-cold-starts-after-10-minutes/',
};
const SHILKOV_INTERVALS: Source = {
  title: 'Mikhail Shilkov: When Does Cold Start Happen on AWS Lambda? (Serverless Cold Starts, later update)',
  url: 'https://mikhail.io/serverless/coldstarts/aws/intervals/',
};

export interface KeepAliveStudy {
  /** When the measurements were taken (as the study says). */
  period: string;
  /** Idle minutes after which environments were seen reclaimed: the study's low and high. */
  minMinutes: number;
  maxMinutes: number;
  /** What the study found, in a sentence. */
  finding: string;
}

/** Each study as a Sourced value, oldest first. */
export const keepAliveStudies = [
  sourced<KeepAliveStudy>(
    {
      period: '2017',
      minMinutes: 45,
      maxMinutes: 60,
      finding: 'Idle functions were generally reclaimed after 45 to 60 minutes, sometimes much earlier; before 2017 after about 5 minutes.',
    },
    'minutes idle',
    CUI_2017,
    asOf,
    'Read from a stored copy of the post (republished on Pluralsight in June 2023 with the same summary).',
  ),
  sourced<KeepAliveStudy>(
    {
      period: 'to June 2019',
      minMinutes: 25,
      maxMinutes: 60,
      finding: 'An idle instance typically survived between 25 and 60 minutes; a few were reclaimed after about 10.',
    },
    'minutes idle',
    SHILKOV_2019,
    asOf,
    'Shilkov\'s daily measurements, before AWS changed the policy in July 2019.',
  ),
  sourced<KeepAliveStudy>(
    {
      period: 'July to August 2019',
      minMinutes: 10,
      maxMinutes: 10,
      finding: 'Every idle instance lived for precisely 10 minutes after its last request.',
    },
    'minutes idle',
    SHILKOV_2019,
    asOf,
    'Same post: "no ambiguity anymore".',
  ),
  sourced<KeepAliveStudy>(
    {
      period: 'later update (undated page)',
      minMinutes: 5,
      maxMinutes: 7,
      finding: 'The lifetime of an idle instance was between 5 and 7 minutes.',
    },
    'minutes idle',
    SHILKOV_INTERVALS,
    asOf,
    'The page carries no date; the course reference list places it in 2021. Its chart gives the probability of a cold start ' +
      'against the interval between requests, rising from 0 to 1 between 5 and 7 minutes.',
  ),
] as const;

/** The studies together, for a figure that spans them (the URL is the study that saw both ends of the 2019 change). */
export const KEEP_ALIVE_STUDIES_SOURCE: Source = {
  title: 'Independent measurements of Lambda idle lifetimes: Yan Cui (2017), Mikhail Shilkov (2019 and later)',
  url: SHILKOV_2019.url,
};

/** Shortest and longest idle lifetime any study above reported. */
export const keepAliveObservedRange = {
  min: Math.min(...keepAliveStudies.map((s) => s.value.minMinutes)),
  max: Math.max(...keepAliveStudies.map((s) => s.value.maxMinutes)),
};

/**
 * How spread out the idle lifetime is around its typical value: the sigma of a log-normal. 0.13
 * puts 80% of lifetimes within -15% and +18% of the median, so 5 to 7 minutes for a 6-minute median,
 * as in Shilkov's latest measurement (read as his 10th and 90th percentiles). The 2019 "precisely 10
 * minutes" is sigma 0; the earlier 25 to 60 minutes is far wider (about 0.35).
 */
export const keepAliveSpreadSigma = sourced(
  Math.log(7 / 5) / (2 * 1.2815515655446004),
  'sigma of the log of the idle lifetime',
  SHILKOV_INTERVALS,
  asOf,
  'COURSE CHOICE fitted to one study: ln(7/5) / (2 x 1.2816) = 0.131. Lets a learner see that a request arriving just inside ' +
    'the typical window is sometimes cold, and one just outside sometimes warm, instead of a cliff at an exact minute.',
);
