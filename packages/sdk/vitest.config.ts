import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: { conditions: ["@sovmap/source"] },
  test: { include: ["test/**/*.test.ts"] }
})
