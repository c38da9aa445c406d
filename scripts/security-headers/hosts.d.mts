import type { Rule } from './rules.mjs';
export function renderNginxMap(rules: Rule[]): string;
export function renderLambdaEdge(rules: Rule[]): string;
