'use client';

import { ThemeProvider as NextThemesProvider } from 'next-themes';
import type { ReactNode } from 'react';

/**
 * next-themes writes a tiny inline script that sets the theme class on <html> before the first
 * paint, so a dark-mode reader never sees a white flash; it follows the system setting until the
 * reader picks a theme, and remembers the pick in localStorage.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      {children}
    </NextThemesProvider>
  );
}
