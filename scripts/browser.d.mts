export const CHROMIUM_FLAGS: string[];
export const INSTALL_HINT: string;
export function systemChromium(): string | undefined;
export function hasChromium(): Promise<boolean>;
