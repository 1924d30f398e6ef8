import { readFileSync } from "node:fs"
import { join } from "node:path"

export const examples = join(import.meta.dirname, "..", "..", "..", "..", "examples", "csf")
export const example = (name: string) => {
  const file = join(examples, `${name}.yaml`)
  return { file, text: readFileSync(file, "utf8") }
}

/** Builds answers-file text choosing option `pick(criterionId)` for every criterion in `ids`. */
export const answersText = (answers: Record<string, number>, framework = "1.2.1") =>
  [`csf: 1`, `framework: "${framework}"`, `offer: { name: Test offer, hypothetical: true }`, `answers:`, ...Object.entries(answers).map(([id, n]) => `  ${id}: { option: ${n} }`)].join("\n") + "\n"
