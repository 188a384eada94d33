/**
 * Deck files: a deck (and, if the learner chose, their progress on it) as a file a classmate can import, and
 * the checks that run on one before anything is stored. Also the check of a deck inside a backup.
 */
import * as v from 'valibot'
import { BankError, checkDeckContent } from '../bank/parse'
import { MAX_SOURCE_BYTES } from '../generate/types'
import { ReviewLogEntrySchema, StoredCardSchema, parseWith } from '../progress/schema'
import { BACKUP_APP, type StoredCard } from '../progress/types'
import type { ReviewLogEntry } from '../scheduling/types'
import { EARLIEST_TIME, LATEST_TIME } from '../time'
import { summarize } from './deck'
import { DECK_ID_PATTERN, MAX_TITLE_LENGTH, type DeckContent, type StoredDeck } from './types'

export const DECK_FILE_KIND = 'deck'
export const DECK_FILE_VERSION = 1
/** A deck of the longest article the generator takes, with its progress, stays well under this. */
export const MAX_DECK_FILE_BYTES = 20 * 1024 * 1024

export interface DeckFile {
  app: typeof BACKUP_APP
  kind: typeof DECK_FILE_KIND
  version: typeof DECK_FILE_VERSION
  exportedAt: number
  deck: StoredDeck
  /** The exporter's progress on this deck, when they chose to include it. */
  progress?: { cards: StoredCard[]; log: ReviewLogEntry[] }
}

export type DeckFileErrorCode = 'too-large' | 'not-json' | 'not-a-deck' | 'newer-version' | 'invalid'

export interface DeckFileError {
  code: DeckFileErrorCode
  /** English, for developers. */
  detail: string
}

export type DeckFileResult = { ok: true; value: DeckFile } | { ok: false; error: DeckFileError }
export type DeckResult = { ok: true; value: StoredDeck } | { ok: false; reason: string }

const time = v.pipe(v.number(), v.finite(), v.minValue(EARLIEST_TIME), v.maxValue(LATEST_TIME - 1))

const SummaryMeta = v.object({
  createdAt: time,
  updatedAt: time,
  reviewed: v.boolean(),
})

const ContentHead = v.object({
  id: v.pipe(v.string(), v.regex(DECK_ID_PATTERN)),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TITLE_LENGTH + 1)),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SOURCE_BYTES)),
  generatorVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  questions: v.array(v.object({ kept: v.boolean() })),
})

/** Checks one stored or imported deck; its summary is worked out again from its content, never trusted. */
export function readDeck(raw: unknown): DeckResult {
  const record = raw as { summary?: unknown; content?: unknown } | null
  if (typeof record !== 'object' || record === null) return { ok: false, reason: 'a deck must be an object' }
  const meta = parseWith(SummaryMeta, record.summary, 'summary')
  if (!meta.ok) return { ok: false, reason: meta.reason }
  const head = parseWith(ContentHead, record.content, 'content')
  if (!head.ok) return { ok: false, reason: head.reason }
  const content = record.content as DeckContent
  try {
    checkDeckContent(content)
  } catch (error) {
    if (error instanceof BankError) return { ok: false, reason: `content: ${error.message}` }
    throw error
  }
  const prefix = `${content.id}.`
  const foreign = [...content.facts, ...content.questions].find((item) => !item.id.startsWith(prefix))
  if (foreign) return { ok: false, reason: `content: "${foreign.id}" does not belong to deck ${content.id}` }
  const lost = content.sentences.find((s) => !content.text.includes(s.text))
  if (lost) return { ok: false, reason: `content: sentence ${lost.index} is not in the text` }
  const { createdAt, updatedAt, reviewed } = meta.value
  return { ok: true, value: { content, summary: summarize(content, { createdAt, updatedAt, reviewed }) } }
}

const ProgressSchema = v.object({
  cards: v.array(StoredCardSchema),
  log: v.array(ReviewLogEntrySchema),
})

const fail = (code: DeckFileErrorCode, detail: string): DeckFileResult => ({ ok: false, error: { code, detail } })

/** The deck file of a deck, with or without the learner's progress on it. */
export function makeDeckFile(deck: StoredDeck, now: number, progress?: { cards: StoredCard[]; log: ReviewLogEntry[] }): DeckFile {
  return { app: BACKUP_APP, kind: DECK_FILE_KIND, version: DECK_FILE_VERSION, exportedAt: now, deck, ...(progress ? { progress } : {}) }
}

/** Checks a deck file's parsed JSON: nothing is stored from a file this refuses. */
export function validateDeckFile(json: unknown): DeckFileResult {
  const raw = json as Record<string, unknown> | null
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || raw.app !== BACKUP_APP || raw.kind !== DECK_FILE_KIND) {
    return fail('not-a-deck', 'not a deck file: "app" or "kind" is missing or different')
  }
  if (typeof raw.version === 'number' && raw.version > DECK_FILE_VERSION) {
    return fail('newer-version', `made by a newer version of the app (deck file ${raw.version}; this app knows ${DECK_FILE_VERSION})`)
  }
  if (raw.version !== DECK_FILE_VERSION) return fail('invalid', 'version is missing')
  if (typeof raw.exportedAt !== 'number' || !Number.isFinite(raw.exportedAt)) return fail('invalid', 'exportedAt is not a time')
  const deck = readDeck(raw.deck)
  if (!deck.ok) return fail('invalid', `deck.${deck.reason}`)
  let progress: DeckFile['progress']
  if (raw.progress !== undefined) {
    const parsed = parseWith(ProgressSchema, raw.progress, 'progress')
    if (!parsed.ok) return fail('invalid', parsed.reason)
    const id = deck.value.content.id
    const facts = new Set(deck.value.content.facts.map((f) => f.id))
    const stray = [...parsed.value.cards, ...parsed.value.log].find((x) => x.deckId !== id || !facts.has(x.factId))
    if (stray) return fail('invalid', `progress: "${stray.factId}" is not a fact of this deck`)
    const ids = new Set(parsed.value.log.map((e) => e.id))
    if (ids.size !== parsed.value.log.length) return fail('invalid', 'progress: two answers with the same id')
    const cards = new Set(parsed.value.cards.map((c) => c.factId))
    if (cards.size !== parsed.value.cards.length) return fail('invalid', 'progress: two cards for the same fact')
    progress = parsed.value as DeckFile['progress']
  }
  return {
    ok: true,
    value: { app: BACKUP_APP, kind: DECK_FILE_KIND, version: DECK_FILE_VERSION, exportedAt: raw.exportedAt, deck: deck.value, ...(progress ? { progress } : {}) },
  }
}

/** @param byteLength the file's size (`File.size`), checked before parsing. */
export function parseDeckFile(text: string, byteLength: number): DeckFileResult {
  if (byteLength > MAX_DECK_FILE_BYTES) return fail('too-large', `file is ${byteLength} bytes; the limit is ${MAX_DECK_FILE_BYTES}`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return fail('not-json', `not JSON: ${(error as Error).message}`)
  }
  return validateDeckFile(json)
}

/**
 * The same deck under a new id (a classmate's deck imported where a deck with its id already is): every
 * fact and question id is renamed; progress does not come along (its answers' ids are the other deck's).
 */
export function renameDeck(deck: StoredDeck, id: string, title: string): StoredDeck {
  const old = `${deck.content.id}.`
  const rename = (x: string) => (x.startsWith(old) ? `${id}.${x.slice(old.length)}` : x)
  const c = deck.content
  const content: DeckContent = {
    ...c,
    id,
    title,
    facts: c.facts.map((f) => ({ ...f, id: rename(f.id) })),
    questions: c.questions.map((q) => ({ ...q, id: rename(q.id), factId: rename(q.factId) })),
    flashcards: c.flashcards.map((f) => ({ ...f, factId: rename(f.factId) })),
  }
  return { content, summary: summarize(content, deck.summary) }
}
