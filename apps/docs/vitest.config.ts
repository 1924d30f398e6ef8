import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One browser, many pages: the crawl is one long test, not many short ones.
    testTimeout: 600_000,
    hookTimeout: 120_000
  }
})
