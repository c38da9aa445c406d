import type { Server } from 'node:http';
export function resolveFile(outDir: string, urlPath: string): string | null;
export function createStaticServer(outDir: string): Server;
