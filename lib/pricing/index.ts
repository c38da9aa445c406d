/**
 * Serverless Lab's price data and cost model: pure functions, no React, no DOM. The cost explorer's
 * view and the quiz import from here.
 */
export * from './aws-lambda';
export * from './aws-api-gateway';
export * from './aws-ec2';
export * from './aws-fargate';
export * from './aws-savings-plans';
export * from './aws-lambda-managed-instances';
export * from './managed-instances-bill';
export * from './aws-cloudwatch-logs';
export * from './aws-data-transfer';
export * from './aws-messaging';
export * from './month';
export * from './tiered-price';
export * from './traffic';
export * from './front-door';
export * from './realtime';
export * from './lambda-charges';
export * from './lambda-cost';
export * from './fleet';
export * from './always-on';
export * from './explorer-inputs';
export * from './compare';
export * from './crossover';
export * from './memory-tuning';
export * from './format';
export * from './verdict';
export * from './notes-figures';
export * from './explorer-view';
export * from './bill-lines';
export * from './explorer-tables';
export * from './price-sources';
