import createMDX from '@next/mdx';

/**
 * A static site: `next build` writes plain files to out/ that any static host or CDN serves.
 * Remark/rehype plugins are named as strings so Turbopack can pass them to the MDX loader.
 */
const withMDX = createMDX({
  extension: /\.mdx$/,
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: [
      'rehype-slug',
      [
        'rehype-pretty-code',
        {
          // Highlighted at build time: the page ships coloured HTML and no highlighter code.
          theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
          keepBackground: false,
          defaultLang: 'plaintext',
        },
      ],
    ],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  pageExtensions: ['ts', 'tsx', 'mdx'],
  trailingSlash: false,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default withMDX(nextConfig);
