import { defineConfig } from "vitepress"

// One sidebar entry per line, so that parallel additions merge cleanly.
export default defineConfig({
  title: "sovmap",
  description: "Map technology dependencies onto the companies and jurisdictions that control them.",
  cleanUrls: true,
  srcExclude: ["README.md", "test-output/**"],
  lastUpdated: false,
  // Formulas ($$…$$) are rendered to SVG at build time by MathJax: no client script, works offline.
  markdown: { math: true },
  head: [["link", { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" }]],
  vite: {
    // The one chunk above Vite's 500 kB default is the local search index (the pages' text), which the
    // browser loads only when the search box opens; application chunks stay far below this.
    build: { chunkSizeWarningLimit: 1500 }
  },
  themeConfig: {
    search: {
      provider: "local",
      options: {
        // The generated API reference (~2.5 MB of Markdown on 589 pages, one per export, mostly parameter,
        // property and type listings) is indexed by each page's title, signature and summary, so that
        // every export is found by name and description without one search entry per parameter; guides,
        // methodology and knowledge-base pages are indexed in full.
        _render(src, env, md) {
          const html = md.render(src, env)
          if (!env.relativePath.startsWith("api/")) return html
          const start = html.search(/<h1[\s>]/)
          if (start < 0) return ""
          const next = html.slice(start + 4).search(/<h[2-6][\s>]/)
          return next < 0 ? html.slice(start) : html.slice(start, start + 4 + next)
        }
      }
    },
    nav: [
      { text: "Guide", link: "/guide/getting-started" },
      { text: "Concepts", link: "/concepts/model" },
      { text: "Methodology", link: "/methodology/foreign-share" },
      { text: "Recipes", link: "/recipes/ci-gate" },
      { text: "Knowledge base", link: "/kb/" },
      { text: "API", link: "/api/" }
    ],
    sidebar: [
      {
        text: "Guide",
        items: [
          { text: "Getting started", link: "/guide/getting-started" },
          { text: "The manifest", link: "/guide/manifest" },
          { text: "Command line", link: "/guide/cli" },
          { text: "CLI reference", link: "/guide/cli-reference" },
          { text: "Reports and diffs", link: "/guide/reports" },
          { text: "Reliability", link: "/guide/reliability" }
        ]
      },
      {
        text: "Concepts",
        items: [
          { text: "Domain model, control and exposure", link: "/concepts/model" }
        ]
      },
      {
        text: "Methodology",
        items: [
          { text: "Control and foreign share", link: "/methodology/foreign-share" },
          { text: "Weighting", link: "/methodology/weighting" },
          { text: "Concentration", link: "/methodology/concentration" },
          { text: "Legal exposure", link: "/methodology/legal-exposure" },
          { text: "Alignment", link: "/methodology/alignment" },
          { text: "Substitutability and lock-in", link: "/methodology/lock-in" },
          { text: "Scenarios and single points of failure", link: "/methodology/scenarios" },
          { text: "Composite score and policy", link: "/methodology/composite-score" },
          { text: "EU Cloud Sovereignty Framework", link: "/methodology/csf" },
          { text: "Strategic-dependency trade screen", link: "/methodology/trade-screen" },
          { text: "Network view (aggregate)", link: "/methodology/network" }
        ]
      },
      {
        text: "Recipes",
        items: [
          { text: "CI gate", link: "/recipes/ci-gate" },
          { text: "Scoring a cloud offer", link: "/recipes/score-cloud-offer" },
          { text: "Screen BACI trade data", link: "/recipes/trade-screen" },
          { text: "Who controls the software in an SBOM", link: "/recipes/sbom" },
          { text: "Network view and DuckDB export", link: "/recipes/network" },
          { text: "Use sovmap from code", link: "/recipes/sdk" },
          { text: "Using the SDK from Effect", link: "/recipes/sdk-effect" }
        ]
      },
      {
        text: "Knowledge base",
        items: [
          { text: "Data model and contributing", link: "/data/model" },
          { text: "Package rules", link: "/data/package-rules" },
          { text: "Vendors", link: "/kb/" },
          { text: "Offerings", link: "/kb/offerings" },
          { text: "Laws", link: "/kb/laws" },
          { text: "Blocs", link: "/kb/blocs" },
          { text: "Adequacy decisions", link: "/kb/adequacy" }
        ]
      },
      {
        text: "Reference",
        items: [
          { text: "API reference", link: "/api/" }
        ]
      }
    ]
  }
})
