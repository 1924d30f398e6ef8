import { describe, expect, it } from "vitest"
import { displayPath } from "../src/output.js"

describe("displayPath", () => {
  const cwd = "/home/ana/project"
  it.each([
    ["/home/ana/project/examples/x.yaml", "examples/x.yaml"],
    ["/home/ana/project", "."],
    ["./examples/../sovmap.yaml", "sovmap.yaml"],
    ["examples/x.yaml", "examples/x.yaml"],
    ["/etc/sovmap.yaml", "/etc/sovmap.yaml"],
    ["/home/ana/other/x.yaml", "/home/ana/other/x.yaml"],
    ["<stdin>", "<stdin>"]
  ])("%s → %s", (file, shown) => {
    expect(displayPath(file, cwd)).toBe(shown)
  })
})
