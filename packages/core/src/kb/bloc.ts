/**
 * Bloc membership.
 *
 * @module
 */
import type { Bloc } from "./schema.js"

/**
 * The members of a bloc on a date (`YYYY-MM-DD`), or its current members when no date is given (members
 * without an end date). Membership on date d holds when `from ≤ d` and `d < to`.
 *
 * @example
 * ```ts
 * import { blocMembers, builtinKnowledgeBase } from "@sovmap/core"
 *
 * blocMembers(builtinKnowledgeBase().blocs.get("eu27")!).size // 27
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const blocMembers = (bloc: Bloc, asOf?: string): ReadonlySet<string> =>
  new Set(
    bloc.members
      .filter((m) => (asOf === undefined ? m.to === undefined : (m.from === undefined || m.from <= asOf) && (m.to === undefined || asOf < m.to)))
      .map((m) => m.country)
  )
