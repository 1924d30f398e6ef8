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
      { text: "Guide", items: [{ text: "Getting started", link: "/guide/getting-started" }, { text: "The manifest", link: "/guide/manifest" }, { text: "Command line", link: "/guide/cli" }, { text: "CLI reference", link: "/guide/cli-reference" }, { text: "Reports and diffs", link: "/guide/reports" }] },
      {
        text: "Methodology",
        items: [
          { text: "Control and foreign share", link: "/methodology/foreign-share" },
          { text: "EU Cloud Sovereignty Framework", link: "/methodology/csf" },
          { text: "Scenarios and single points of failure", link: "/methodology/scenarios" },
          { text: "Weighting", link: "/methodology/weighting" },
          { text: "Concentration", link: "/methodology/concentration" },
          { text: "Legal exposure", link: "/methodology/legal-exposure" },
          { text: "Alignment", link: "/methodology/alignment" },
          { text: "Substitutability and lock-in", link: "/methodology/lock-in" },
          { text: "Composite score and policy", link: "/methodology/composite-score" },
          { text: "Strategic-dependency trade screen", link: "/methodology/trade-screen" }
        ]
      },
      { text: "Recipes", items: [{ text: "Screen BACI trade data", link: "/recipes/trade-screen" }, { text: "Gate CI on a policy", link: "/recipes/ci-gate" }] },
      { text: "Knowledge base", items: [{ text: "Data model and contributing", link: "/data/model" }] },
      { text: "Reference", items: [{ text: "API reference", link: "/api/" }] }
    ]
  }
})
