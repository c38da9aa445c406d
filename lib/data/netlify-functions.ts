import { sourced, type Source } from './sourced';

/**
 * Netlify Functions' limits. Netlify runs its functions on AWS Lambda, but its limits are its own:
 * the course used to say they "mirror Lambda's", and they do not (lesson 1's provider map).
 */
const asOf = '2026-12-08';

const NETLIFY_CONFIG: Source = {
  title: 'Netlify documentation: Configuration for functions (default values)',
  url: 'https://docs.netlify.com/build/functions/configuration',
};
const NETLIFY_BACKGROUND: Source = {
  title: 'Netlify documentation: Background Functions overview',
  url: 'https://docs.netlify.com/build/functions/background-functions',
};

export const netlifyFunctions = {
  syncTimeoutSeconds: sourced(
    60,
    's, the longest a synchronous Netlify function runs (not configurable)',
    NETLIFY_CONFIG,
    asOf,
    'Scheduled functions stop at 30 s. Buffered requests and responses are limited to 6 MB, streamed responses to 20 MB.',
  ),
  backgroundTimeoutMinutes: sourced(
    15,
    'minutes, the longest a background (asynchronous) Netlify function runs',
    NETLIFY_BACKGROUND,
    asOf,
    'Background functions answer 202 at once and retry a failure after one minute, then two minutes later. Their request payload is limited to 256 KB.',
  ),
  scheduledTimeoutSeconds: sourced(30, 's, the longest a scheduled Netlify function runs', NETLIFY_CONFIG, asOf),
} as const;
