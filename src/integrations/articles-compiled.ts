import type { AstroIntegration } from 'astro';

type ConfigSetup = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

/**
 * Calls `then` once `astro build` has compiled every article: at the end of
 * Astro's prerender build, the first, which compiles the pages and so every
 * article. Called from an integration's `astro:config:setup`; `name` names the
 * Vite plugin that waits for it. Does nothing outside a build.
 */
export function whenArticlesCompiled({ command, updateConfig }: ConfigSetup, name: string, then: () => void): void {
  if (command !== 'build') return;
  updateConfig({
    vite: {
      plugins: [
        {
          name,
          buildEnd() {
            if (this.environment.name === 'prerender') then();
          },
        },
      ],
    },
  });
}
