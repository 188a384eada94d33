/**
 * Runs the deck generator in its Web Worker (src/workers/generate.worker.ts), so the page keeps answering
 * while a long article is read: progress arrives as messages, a cancel stops it between two slices. Where
 * `Worker` does not exist or the worker cannot start, the same steps run here in slices of 12 ms.
 *
 * @example const out = await generateInWorker({ title, text, format: 'text' }, { onProgress: (p) => (shown.value = p) })
 */
import type { GenerateInput, GenerateOptions, GenerateProgress, GenerateResult } from '@/domain/generate/types'
import type { GenerateRequest, GenerateResponse } from '@/domain/generate/protocol'

export interface GenerateRun {
  /** The result, or null when cancelled. */
  result: Promise<GenerateResult | null>
  cancel(): void
}

async function runHere(input: GenerateInput, options: GenerateOptions | undefined, onProgress: (p: GenerateProgress) => void, cancelled: () => boolean) {
  const [{ generateSteps }, { drive }] = await Promise.all([import('@/domain/generate'), import('@/domain/generate/protocol')])
  const result = await drive(generateSteps(input, options), {
    report: onProgress,
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    cancelled,
    clock: () => performance.now(),
  })
  return result ?? null
}

const startWorker = () => new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module', name: 'generate' })

/** A worker started ahead (`warmGenerator`), its code loaded while the learner pastes: the next run takes it. */
let spare: Worker | null = null

/** Starts the generator's worker now, so that making a deck does not wait for its code to load. */
export function warmGenerator(): void {
  if (spare || typeof Worker === 'undefined') return
  try {
    spare = startWorker()
  } catch {
    spare = null
  }
}

/** Lets the worker started ahead go (the learner left without making a deck). */
export function releaseGenerator(): void {
  spare?.terminate()
  spare = null
}

export function generateInWorker(
  input: GenerateInput,
  { onProgress = () => undefined, options }: { onProgress?: (progress: GenerateProgress) => void; options?: GenerateOptions } = {},
): GenerateRun {
  let stopped = false
  let worker: Worker | null = null
  try {
    worker = spare ?? (typeof Worker === 'undefined' ? null : startWorker())
  } catch {
    worker = null
  }
  spare = null
  if (!worker) {
    return { result: runHere(input, options, onProgress, () => stopped), cancel: () => (stopped = true) }
  }
  const running = worker
  let settle: (value: GenerateResult | null | Promise<GenerateResult | null>) => void = () => undefined
  const result = new Promise<GenerateResult | null>((resolve) => (settle = resolve))
  const finish = (value: GenerateResult | null | Promise<GenerateResult | null>) => {
    running.onmessage = running.onerror = null
    running.terminate()
    settle(value)
  }
  running.onmessage = ({ data }: MessageEvent<GenerateResponse>) => {
    if (data.type === 'progress') onProgress(data.progress)
    else finish(data.type === 'done' ? data.result : null)
  }
  // The worker could not load: the same steps here, still in slices.
  running.onerror = (event) => {
    event.preventDefault()
    finish(runHere(input, options, onProgress, () => stopped))
  }
  running.postMessage({ type: 'generate', id: 1, input, ...(options ? { options } : {}) } satisfies GenerateRequest)
  return {
    result,
    cancel() {
      stopped = true
      // Terminating is immediate; the worker's own cancel would wait for the end of a slice.
      finish(null)
    },
  }
}
