export * from './fields';
export * from './parse';
export * from './serialize';
export * from './format';
export * from './presets';
export * from './describe';
export * from './notice';
export * from './link';
