/**
 * Messages between the page and the generator's worker (src/workers/generate.worker.ts), and the loop
 * that runs the generator in slices so the worker can report progress and hear a cancel.
 */
import type { GenerateInput, GenerateOptions, GenerateProgress, GenerateResult } from './types'

/** Page → worker. A new `generate` does not stop an earlier one; `cancel` does. */
export type GenerateRequest =
  | { type: 'generate'; id: number; input: GenerateInput; options?: GenerateOptions }
  | { type: 'cancel'; id: number }

/** Worker → page: progress while it works, then exactly one of `done` or `cancelled`. */
export type GenerateResponse =
  | { type: 'progress'; id: number; progress: GenerateProgress }
  | { type: 'done'; id: number; result: GenerateResult }
  | { type: 'cancelled'; id: number }

export interface DriveIo {
  /** Called with the latest progress at most once a slice. */
  report(progress: GenerateProgress): void
  /** Gives the event loop a turn (a cancel message may arrive meanwhile). */
  pause(): Promise<void>
  cancelled(): boolean
  /** Milliseconds from any origin (performance.now in a worker). */
  clock(): number
  /** Work this long before pausing (default 12 ms: under a frame). */
  sliceMs?: number
}

/**
 * Runs the steps of `generateSteps` in slices of `sliceMs`, reporting progress and pausing between
 * slices. Undefined when cancelled.
 */
export async function drive(steps: Generator<GenerateProgress, GenerateResult, void>, io: DriveIo): Promise<GenerateResult | undefined> {
  const slice = io.sliceMs ?? 12
  let started = io.clock()
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
    if (io.clock() - started >= slice) {
      io.report(next.value)
      await io.pause()
      if (io.cancelled()) {
        steps.return({ ok: false, error: { code: 'no-facts' } })
        return undefined
      }
      started = io.clock()
    }
  }
}
