/**
 * The shape of a hand-curated fact: the fact itself plus everything the generator needs to ask it.
 * Each block is optional because not every kind of question is natural for every fact.
 */
import type { AnswerType, FactKind, MatchingPair, TimelineEvent, Topic } from '../../src/domain/bank/types'

/** A class of things named in the article; wrong options are drawn from the answer's own class. */
export type DistractorPool = 'country' | 'number' | 'place'

/** One question with a single answer: asked as multiple choice and, if `typed`, as typed recall. */
export interface CuratedAsk {
  /** Vietnamese, "Theo bài báo, …?" where the claim is the report's. */
  prompt: string
  answer: string
  /** Other forms accepted when typed (aliases, digits, date forms). */
  accepted?: string[]
  type?: AnswerType
  /** Wrong options written by hand, each clearly wrong by the text; three are drawn when more are given. */
  distractors?: string[]
  /** Or: draw wrong options from this class of the article's things. */
  pool?: DistractorPool
  /** Never offered as a wrong option (co-referents such as Moskva for Nga). */
  exclude?: string[]
  /** Ask it as multiple choice (default true). */
  mcq?: boolean
  /** Also ask it as typed short answer (default false: only where a short answer is natural). */
  typed?: boolean
  /** The prompt asks which option does NOT hold; the options are then the list's members plus the answer. */
  negated?: boolean
}

/** A false version of the fact for true/false, contradicted by the text. */
export interface CuratedFalse {
  statement: string
  /** The text that contradicts it; defaults to the fact's quote. Must be a substring of the article. */
  correction?: string
}

export interface CuratedFact {
  /** `f-…`, kebab-case, meaningful, never reused. */
  id: string
  kind: FactKind
  topic: Topic
  /** One Vietnamese sentence, true by the text; also the true/false "true" statement. */
  statement: string
  /** Exact substring of the article, inside one sentence. */
  quote: string
  /** Disambiguates a quote that occurs in more than one sentence. */
  sentence?: number
  /** Quotes from other sentences a composite fact draws on. */
  seeAlso?: string[]
  /** Flashcard front; defaults to the prompt of the fact's first question. */
  front?: string
  ask?: CuratedAsk
  /** A span of the quote's sentence to blank out; must occur once in that sentence, on word boundaries. */
  cloze?: { span: string; accepted?: string[]; type?: AnswerType }
  /** Set false where the statement is not a good true/false item. */
  tfTrue?: boolean
  falses?: CuratedFalse[]
  list?: { prompt: string; items: { answer: string; accepted?: string[] }[] }
  sequence?: { prompt: string; events: TimelineEvent[] }
  pairs?: { prompt: string; leftLabel: string; rightLabel: string; pairs: MatchingPair[] }
}
