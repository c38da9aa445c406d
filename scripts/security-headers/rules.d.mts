export type Header = [name: string, value: string];
export interface Rule {
  path: string;
  headers: Header[];
}
export const SITE_HEADERS: Header[];
export const ASSET_RULE: Rule;
export const HOST_LIMITS: { rules: number; headerChars: number };
export function contentSecurityPolicy(hashes: string[]): string;
export function inlineScripts(html: string): string[];
export function scriptHash(text: string): string;
export function pageUrls(relativeFile: string): string[];
export function headerRules(outDir: string): Rule[];
export function renderHeadersFile(rules: Rule[]): string;
export function parseHeadersFile(text: string): Rule[];
export function pathMatches(rulePath: string, urlPath: string): boolean;
export function headersFor(rules: Rule[], urlPath: string): Map<string, string>;
export function limitProblems(rules: Rule[], limits?: { rules: number; headerChars: number }): string[];
