import { sourced } from '../data/sourced';
import { EC2_ON_DEMAND_PAGE } from './aws-ec2';
import { tieredCost, type Tier } from './tiered-price';

/**
 * Data transfer out to the internet, the other line item a function's bill does not show: Lambda
 * responses that leave AWS are billed at EC2's data transfer rates (the Lambda pricing page says
 * so). Transfer in, and transfer to services in the same Region, are free. us-east-1.
 */
const asOf = '2026-12-08';

export const dataTransferPricing = {
  /** Cumulative GB a month; the first 100 GB a month across the account are free. */
  internetOutTiers: sourced<Tier[]>(
    [
      { upTo: 100, price: 0 },
      { upTo: 10_240, price: 0.09 },
      { upTo: 51_200, price: 0.085 },
      { upTo: 153_600, price: 0.07 },
      { upTo: Infinity, price: 0.05 },
    ],
    'USD per GB out to the internet, by monthly tier',
    EC2_ON_DEMAND_PAGE,
    asOf,
    'The first 100 GB a month free (since December 2021), then $0.09 per GB to 10 TB, $0.085 to 50 TB, $0.07 to 150 TB, $0.05 beyond. Traffic served through CloudFront is priced by CloudFront instead. From the course reference data and widely repeated transcriptions of the EC2 page\'s data-transfer section; the table is drawn by script and was not read first-hand.',
  ),
} as const;

export function internetDataTransferMonthly(gigabytes: number): number {
  return tieredCost(gigabytes, dataTransferPricing.internetOutTiers.value);
}
