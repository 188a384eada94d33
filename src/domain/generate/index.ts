/**
 * Generating a deck from any Vietnamese text, on the device. The worker (src/workers/generate.worker.ts)
 * runs `generateSteps` and posts its progress; tests and Node scripts call `generateDeck`.
 */
export * from './types'
export { generateDeck, generateSteps } from './generate'
export { htmlTitle, htmlToText, markdownToText, prepareText, toPlainText } from './text'
export { splitSentences } from './sentences'
export { looksVietnamese } from './validate'
export { drive, type DriveIo, type GenerateRequest, type GenerateResponse } from './protocol'
