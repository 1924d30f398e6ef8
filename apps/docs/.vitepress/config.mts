import { defineConfig } from "vitepress"

export default defineConfig({
  title: "sovmap",
  description: "Map technology dependencies onto the companies and jurisdictions that control them.",
  cleanUrls: true,
  srcExclude: ["README.md"],
  themeConfig: {
    search: { provider: "local" },
    nav: [
      { text: "Guide", link: "/guide/getting-started" },
      { text: "Methodology", link: "/methodology/foreign-share" },
      { text: "Knowledge base", link: "/data/model" },
      { text: "API", link: "/api/" }
    ],
    sidebar: [
      { text: "Guide", items: [{ text: "Getting started", link: "/guide/getting-started" }, { text: "The manifest", link: "/guide/manifest" }, { text: "Command line", link: "/guide/cli" }] },
      { text: "Recipes", items: [{ text: "Who controls the software in an SBOM", link: "/recipes/sbom" }] },
      { text: "Methodology", items: [{ text: "Control and foreign share", link: "/methodology/foreign-share" }] },
      { text: "Knowledge base", items: [{ text: "Data model and contributing", link: "/data/model" }, { text: "Package rules", link: "/data/package-rules" }] },
      { text: "Reference", items: [{ text: "API reference", link: "/api/" }] }
    ]
  }
})
