/**
 * The question bank: facts curated from the article and the questions generated from them.
 *
 * Every question schedules exactly one fact (`factId`): one memory item per fact, shared by all the
 * questions that ask it. Composite facts (a list, a sequence of events, a set of pairs) are facts of
 * their own, so list recall, timeline ordering and matching questions also schedule one fact each.
 */

/** Bumped whenever the shape of bank.json changes. */
export const BANK_SCHEMA_VERSION = 1

/** What a fact is about; drives distractor choice (people for people, years for years). */
export type FactKind =
  | 'person'
  | 'office'
  | 'place'
  | 'organisation'
  | 'number'
  | 'date'
  | 'period'
  | 'action'
  | 'position'
  | 'term'
  | 'list'
  | 'sequence'
  | 'pairs'

export const FACT_KINDS: readonly FactKind[] = [
  'person',
  'office',
  'place',
  'organisation',
  'number',
  'date',
  'period',
  'action',
  'position',
  'term',
  'list',
  'sequence',
  'pairs',
]

/** A study topic; sessions interleave topics and the quiz filters by them. */
export type Topic =
  | 'sochi-talks'
  | 'commitments'
  | 'moscow-role'
  | 'conflict-history'
  | 'minsk-group'
  | 'positions'
  | 'war-2020'
  | 'ceasefire'

export const TOPICS: readonly Topic[] = [
  'sochi-talks',
  'commitments',
  'moscow-role',
  'conflict-history',
  'minsk-group',
  'positions',
  'war-2020',
  'ceasefire',
]

/** A sentence of the article, numbered in reading order (the heading counts as one). */
export interface Sentence {
  /** 0-based index in reading order. */
  index: number
  /** 0-based line of the article file. */
  line: number
  /** Exact text, a substring of the article. */
  text: string
  /** The heading line, not a sentence of prose. */
  heading: boolean
}

export interface Fact {
  /** Stable id, e.g. `f-ceasefire-prisoners`; never reused for another fact. */
  id: string
  kind: FactKind
  topic: Topic
  /** The fact stated as one short Vietnamese sentence (flashcard back, explanations). */
  statement: string
  /** The exact substring of the article this fact comes from. */
  quote: string
  /** Index of the sentence containing the quote. */
  sentenceIndex: number
  /** Further sentences a composite fact draws on (a sequence of events told across sentences). */
  seeAlso?: number[]
}

export type QuestionKind = 'mcq' | 'true-false' | 'cloze' | 'typed' | 'list' | 'timeline' | 'matching'

export const QUESTION_KINDS: readonly QuestionKind[] = [
  'mcq',
  'true-false',
  'cloze',
  'typed',
  'list',
  'timeline',
  'matching',
]

/** How a typed answer is compared: as text, as a number, as a day of a month, as a year range. */
export type AnswerType = 'text' | 'number' | 'date' | 'year-range'

export const ANSWER_TYPES: readonly AnswerType[] = ['text', 'number', 'date', 'year-range']

/** An answer and everything else accepted for it (aliases, other spellings, digits for number words). */
export interface AcceptedAnswer {
  answer: string
  accepted: string[]
  type: AnswerType
}

interface QuestionBase {
  /** Stable id derived from the fact id and the kind, e.g. `f-ceasefire-prisoners:mcq`. */
  id: string
  kind: QuestionKind
  /** The fact whose memory state this question reviews. */
  factId: string
  topic: Topic
  /** The sentence that supports the answer (for "show in the article"). */
  sentenceIndex: number
  /** The question as shown, in Vietnamese. */
  prompt: string
}

export interface McqQuestion extends QuestionBase {
  kind: 'mcq'
  /** Exactly four options, in a fixed (seeded) order. */
  options: string[]
  answerIndex: number
  /** The prompt asks for the option that does NOT hold (e.g. not a co-chair): the UI may stress it. */
  negated?: boolean
}

export interface TrueFalseQuestion extends QuestionBase {
  kind: 'true-false'
  statement: string
  answer: boolean
  /** For a false statement: the true version, quoted from the text. */
  correction?: string
}

export interface ClozeQuestion extends QuestionBase {
  kind: 'cloze'
  /** The article's sentence with the blank marked as `____`. */
  text: string
  answer: AcceptedAnswer
}

export interface TypedQuestion extends QuestionBase {
  kind: 'typed'
  answer: AcceptedAnswer
}

export interface ListQuestion extends QuestionBase {
  kind: 'list'
  /** Order-free; credit per item. */
  items: AcceptedAnswer[]
}

export interface TimelineEvent {
  id: string
  label: string
  /** How the text dates it, e.g. "1992", "cuối tháng 9 năm 2020". */
  when: string
}

export interface TimelineQuestion extends QuestionBase {
  kind: 'timeline'
  /** In the correct (chronological) order; the UI shuffles them. */
  events: TimelineEvent[]
}

export interface MatchingPair {
  left: string
  right: string
}

export interface MatchingQuestion extends QuestionBase {
  kind: 'matching'
  leftLabel: string
  rightLabel: string
  /** The correct pairs; the UI shuffles the right column. */
  pairs: MatchingPair[]
}

export type Question =
  | McqQuestion
  | TrueFalseQuestion
  | ClozeQuestion
  | TypedQuestion
  | ListQuestion
  | TimelineQuestion
  | MatchingQuestion

/** The flashcard face of a fact. */
export interface Flashcard {
  factId: string
  front: string
  back: string
  quote: string
}

export interface Bank {
  schemaVersion: number
  /** sha256 of the article text, hex. */
  articleHash: string
  sentences: Sentence[]
  facts: Fact[]
  questions: Question[]
  flashcards: Flashcard[]
}
