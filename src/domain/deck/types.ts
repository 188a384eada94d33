/**
 * A deck the learner made from an article on the device: the generator's output (src/domain/generate), the
 * learner's review of it (which items are kept, what was edited, what was added), and a title.
 *
 * Ids: every fact and question id of a deck starts with the deck's id and a dot (`d…​.g1-14-20-plc:mcq`), so
 * ids are unique across decks and a session over all decks needs no other key. The built-in deck's ids are
 * its own (`f-…`) and never contain a dot.
 */
import type { Flashcard } from '../bank/types'
import type { GeneratedFact, GeneratedQuestion, GeneratedSentence } from '../generate/types'
import { BUILT_IN_DECK_ID } from '../progress/types'

/** A question of a deck, as the learner reviewed it. */
export type DeckQuestion = GeneratedQuestion & {
  /** Studied only when kept. The generator's high-confidence items start kept, the others not. */
  kept: boolean
  /** Changed by the learner after generation. */
  edited?: boolean
  /** Written by the learner, not generated. */
  own?: boolean
}

/** What a learner-made deck holds (stored apart from its summary: the home screen reads only summaries). */
export interface DeckContent {
  id: string
  title: string
  /** The article as plain text: every sentence's text is a substring of it. */
  text: string
  generatorVersion: number
  sentences: GeneratedSentence[]
  facts: GeneratedFact[]
  questions: DeckQuestion[]
  flashcards: Flashcard[]
}

/** What the home screen and the study engine need of a deck, without its content. */
export interface DeckSummary {
  id: string
  title: string
  /** Epoch ms. */
  createdAt: number
  updatedAt: number
  /** The learner has gone through the review once (until then home says "to review"). */
  reviewed: boolean
  /** The facts studied: those with at least one kept question, in article order. */
  factIds: string[]
  /** Kept questions, and all questions. */
  kept: number
  total: number
}

/** A deck as it is stored: summary and content, always written together. */
export interface StoredDeck {
  summary: DeckSummary
  content: DeckContent
}

/** The deck ids the app makes: `d` and 6–24 lower-case letters or digits. The built-in deck is `article`. */
export const DECK_ID_PATTERN = /^d[0-9a-z]{6,24}$/

/** Longest title kept (longer ones are cut at a word). */
export const MAX_TITLE_LENGTH = 120

/** The deck a fact or question id belongs to: the part before the first dot, or the built-in deck. */
export function deckOf(id: string): string {
  const dot = id.indexOf('.')
  return dot > 0 ? id.slice(0, dot) : BUILT_IN_DECK_ID
}
