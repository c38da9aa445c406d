export const CHROMIUM_FLAGS: string[];
export const INSTALL_HINT: string;
export function systemChromium(): string | undefined;
export function playwrightChromium(): Promise<string | undefined>;
export function hasChromium(): Promise<boolean>;
export function isDebianLike(osRelease: string): boolean;
export interface ChromiumSystem {
  systemChromium(): string | undefined;
  playwrightChromium(): Promise<string | undefined>;
  installPlaywrightChromium(): boolean;
  isRoot(): boolean;
  osRelease(): string;
  hasApt(): boolean;
  aptInstallChromium(): boolean;
  log(line: string): void;
}
export const defaultSystem: ChromiumSystem;
export function findChromium(system?: ChromiumSystem): Promise<{ path: string | undefined; source: 'system' | 'playwright' | 'apt' } | null>;
