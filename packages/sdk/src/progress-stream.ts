/**
 * Progress as a stream, for the Effect API: the Promise API reports progress through a callback, the
 * Effect API can also hand it out as a `Stream` of events that ends with the result.
 *
 * @module
 */
import type { Progress, ProgressUpdate } from "@sovmap/core"
import * as Effect from "effect/Effect"
import * as Queue from "effect/Queue"
import * as Stream from "effect/Stream"

/**
 * One event of a {@link withProgressStream} stream: a progress update, then, last, the program's result.
 *
 * @example
 * ```ts
 * import type { Assessment } from "@sovmap/core"
 * import type { ProgressEvent } from "@sovmap/sdk/effect"
 *
 * const describe = (event: ProgressEvent<Assessment>) => (event._tag === "Done" ? "done" : event.update.stage)
 * ```
 * @category progress
 * @since 0.2.0
 */
export type ProgressEvent<A> = { readonly _tag: "Progress"; readonly update: ProgressUpdate } | { readonly _tag: "Done"; readonly value: A }

/**
 * Runs a program that takes an `onProgress` callback as a stream of its progress updates followed by its
 * result. The stream fails with the program's typed error; stopping the stream interrupts the program.
 *
 * @example
 * ```ts
 * import * as Effect from "effect/Effect"
 * import * as Stream from "effect/Stream"
 * import { assess, loadManifest, withProgressStream } from "@sovmap/sdk/effect"
 *
 * const events = withProgressStream((onProgress) =>
 *   Effect.flatMap(loadManifest("sovmap.yaml", { onProgress }), (m) => assess(m, { onProgress }))
 * )
 * const program = Stream.runForEach(events, (e) => Effect.log(e._tag === "Progress" ? e.update.stage : "done"))
 * ```
 * @category progress
 * @since 0.2.0
 */
export const withProgressStream = <A, E, R>(program: (onProgress: Progress) => Effect.Effect<A, E, R>): Stream.Stream<ProgressEvent<A>, E, R> =>
  Stream.callback<ProgressEvent<A>, E, R>((queue) =>
    program((update) => {
      Queue.offerUnsafe(queue, { _tag: "Progress", update })
    }).pipe(
      Effect.flatMap((value) => Queue.offer(queue, { _tag: "Done", value })),
      Effect.flatMap(() => Queue.end(queue))
    )
  )
