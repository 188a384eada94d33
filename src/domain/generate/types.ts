/**
 * A deck generated on the device from any Vietnamese text: the same facts, questions and flashcards the
 * built-in bank holds (src/domain/bank/types.ts), extended with what a generated item must carry and a
 * curated one does not: a confidence with its reasons, the quote of every question, and a free topic.
 *
 * Why the topic is a string: the bank's `Topic` names the built-in article's themes. A generated deck has no
 * curated themes; its topic is the paragraph a fact comes from (`đoạn 1`, `đoạn 2`…), which interleaves
 * questions across the text the way the built-in topics do.
 */
import type { AcceptedAnswer, Fact, Flashcard, Question, Sentence } from '../bank/types'

/** Bumped whenever the rules change what a given text and seed produce. */
export const GENERATOR_VERSION = 2

/** Texts over this many bytes of UTF-8 are refused (about 60 pages of prose). */
export const MAX_TEXT_BYTES = 200 * 1024

/** A saved web page carries markup, scripts and styles: the source may be this much larger than the text. */
export const MAX_SOURCE_BYTES = 4 * MAX_TEXT_BYTES

export type SourceFormat = 'text' | 'markdown' | 'html'

export interface GenerateInput {
  /** The deck's title; when empty, the text's first line is used. */
  title: string
  /** The article: plain text, Markdown or a saved HTML page (see `format`). */
  text: string
  format?: SourceFormat
}

export interface GenerateOptions {
  /** Seeds the order of multiple-choice options; the same text and seed give the same deck. */
  seed?: string | number
  /** Sentences handled between two progress reports (default 25). */
  progressEvery?: number
}

/**
 * Why a text gave no deck; each is a message key for the interface.
 * - `empty`: nothing but spaces;
 * - `too-large`: over MAX_TEXT_BYTES of text (or MAX_SOURCE_BYTES of source);
 * - `binary`: NUL or other control characters: not a text file;
 * - `not-vietnamese`: too few words with Vietnamese letters;
 * - `no-sentence`: no line reads as a sentence (four words or more);
 * - `no-facts`: a Vietnamese text, but nothing the rules can ask about.
 */
export type GenerateErrorCode = 'empty' | 'too-large' | 'binary' | 'not-vietnamese' | 'no-sentence' | 'no-facts'

export const GENERATE_ERROR_CODES: readonly GenerateErrorCode[] = [
  'empty',
  'too-large',
  'binary',
  'not-vietnamese',
  'no-sentence',
  'no-facts',
]

export interface GenerateError {
  code: GenerateErrorCode
  /** For `too-large`: the limit and the size found, in bytes. */
  limit?: number
  size?: number
}

export type Confidence = 'high' | 'low'

/**
 * Why an item is low-confidence, shown to the learner in the review screen.
 * - `long-sentence`: the cited sentence is long; the question may be hard to read;
 * - `short-name`: a one-word name that is also a Vietnamese word (it may not be a name);
 * - `untyped-name`: the answer is a name whose kind (person, place…) the text does not show;
 * - `shared-office`: the text names more than one holder of this office;
 * - `in-quotation`: the answer is inside quotation marks: someone's words, not the text's own statement;
 * - `guessed-bounds`: where the long form of an abbreviation starts was guessed (a lower-case term).
 */
export type LowReason =
  | 'long-sentence'
  | 'short-name'
  | 'untyped-name'
  | 'shared-office'
  | 'in-quotation'
  | 'guessed-bounds'

/** A sentence with its place in the deck's text, so the app can highlight it. */
export interface GeneratedSentence extends Sentence {
  /** Offsets of `text` in `GeneratedDeck.text`. */
  start: number
  end: number
  /** 0-based paragraph (a heading is a paragraph of its own); facts take their topic from it. */
  paragraph: number
}

/** What a fact asks: these map onto the bank's FactKind (see `FACT_KIND_OF`). */
export type GeneratedFactKind =
  | 'office'
  | 'place'
  | 'date'
  | 'period'
  | 'number'
  | 'abbreviation'
  | 'list'
  | 'definition'

export interface GeneratedFact extends Omit<Fact, 'topic' | 'kind'> {
  kind: Fact['kind']
  /** The generator's finer kind (an abbreviation is a bank `term`, a definition too). */
  generatedKind: GeneratedFactKind
  topic: string
  /** The answer as the text writes it. */
  answer: string
  /** Other forms accepted for it where typed (digits for words, a surname, a long form). */
  accepted: string[]
  /** Offsets of the answer in its sentence's text. */
  span: { start: number; end: number }
  confidence: Confidence
  reasons: LowReason[]
}

type Generated<Q> = Q extends Question
  ? Omit<Q, 'topic'> & {
    topic: string
    /** The exact substring of the text the question rests on (within sentence `sentenceIndex`). */
    quote: string
    confidence: Confidence
    reasons: LowReason[]
  }
  : never

/** A question of any bank kind, with a quote, a confidence and a free topic. */
export type GeneratedQuestion = Generated<Question>

export interface GeneratedDeck {
  generatorVersion: number
  title: string
  /** The text every quote is a substring of: the input turned to plain text, NFC, with \n line ends. */
  text: string
  seed: string
  sentences: GeneratedSentence[]
  facts: GeneratedFact[]
  questions: GeneratedQuestion[]
  flashcards: Flashcard[]
}

export type GenerateResult = { ok: true; deck: GeneratedDeck } | { ok: false; error: GenerateError }

export type GenerateStage = 'reading' | 'facts' | 'questions'

/** Reported between steps, so a worker can post progress and the page can show it. */
export interface GenerateProgress {
  stage: GenerateStage
  /** Sentences (or facts, in the questions stage) done so far, of `total`. */
  done: number
  total: number
}

export type { AcceptedAnswer }
