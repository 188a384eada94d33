/**
 * The deck generator off the main thread: the page posts a GenerateRequest and receives progress, then
 * the result (src/domain/generate/protocol.ts). All the work is the domain's; this file only connects it
 * to messages and to the event loop.
 *
 * @example
 * const worker = new Worker(new URL('../workers/generate.worker.ts', import.meta.url), { type: 'module' })
 * worker.postMessage({ type: 'generate', id: 1, input: { title, text, format: 'text' } })
 */
import { generateSteps } from '@/domain/generate'
import { drive, type GenerateRequest, type GenerateResponse } from '@/domain/generate/protocol'

interface WorkerScope {
  onmessage: ((event: MessageEvent<GenerateRequest>) => void) | null
  postMessage(message: GenerateResponse): void
}

const scope = self as unknown as WorkerScope
const cancelled = new Set<number>()

/** A macrotask turn, so that a cancel message queued meanwhile is handled. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function run(request: Extract<GenerateRequest, { type: 'generate' }>): Promise<void> {
  const { id } = request
  const result = await drive(generateSteps(request.input, request.options), {
    report: (progress) => scope.postMessage({ type: 'progress', id, progress }),
    pause,
    cancelled: () => cancelled.has(id),
    clock: () => performance.now(),
  })
  cancelled.delete(id)
  scope.postMessage(result ? { type: 'done', id, result } : { type: 'cancelled', id })
}

scope.onmessage = (event) => {
  const request = event.data
  if (request.type === 'cancel') cancelled.add(request.id)
  else void run(request)
}
