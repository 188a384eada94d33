/**
 * The shape of a hand-curated fact: the fact itself plus everything the generator needs to ask it.
 * Each block is optional because not every kind of question is natural for every fact.
 */
import type { AnswerType, FactKind, MatchingPair, TimelineEvent, Topic } from '../../src/domain/bank/types'

/** A class of things named in the article; wrong options are drawn from the answer's own class. */
export type DistractorPool = 'country' | 'number' | 'place'

/** One question with a single answer: asked as multiple choice and, if `typed`, as typed recall. */
export interface CuratedAsk {
  /** Short school-quiz Vietnamese; "Theo bài báo, …" only where the claim needs it. */
  prompt: string
  answer: string
  /**
   * Other forms accepted when typed, beyond the other names of the same thing, which the generator adds
   * for every item of every fact (`SAME_NAME`, `STANDS_FOR` in pools.ts).
   */
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
  /**
   * Also ask it as typed short answer, only where a short answer is natural: `true` when there is no
   * multiple choice (the prompt is then the typed prompt); the typed prompt itself, which must differ
   * from the multiple-choice prompt; or a typed question of its own where the natural typed answer is
   * shorter than the option (`answer`, `accepted`, `type` default to the ask's).
   */
  typed?: true | string | CuratedTyped
  /** The prompt asks which option does NOT hold; the options are then the list's members plus the answer. */
  negated?: boolean
}

/** A typed question asked about the same fact from another angle than its multiple choice. */
export interface CuratedTyped {
  prompt: string
  answer?: string
  accepted?: string[]
  type?: AnswerType
}

/**
 * Why the text rules a false statement out. Each kind is checked by the generator (contradiction.ts):
 * - number, date: the same words with another number or date ("bảy vùng" → "ba vùng", "10 tháng 11" → "11 tháng 10");
 * - office: the other office for the same person ("Thủ tướng Armenia" → "Tổng thống Armenia");
 * - place: another of the article's places for the one meeting ("Sochi" → "Moskva");
 * - direction: the same names in another order ("Yerevan … cho Baku" → "Baku … cho Yerevan");
 * - only: "chỉ" with fewer of the names the text gives ("Putin hội đàm với Aliyev và Pashinyan" → "chỉ … với Aliyev");
 * - member: a definite list with one member changed, added or dropped ("Nga, Mỹ và Pháp" → "Nga, Mỹ và Anh");
 * - opposite: a pair from `OPPOSITES`, the short hand-reviewed list of claims that cannot hold together;
 * - order: a claim of "trước" / "sau" against the order the text gives.
 */
export type ContradictionKind = 'number' | 'date' | 'office' | 'place' | 'direction' | 'only' | 'member' | 'opposite' | 'order'

/** A false version of the fact for true/false: contradicted by the text, never merely absent from it. */
export interface CuratedFalse {
  statement: string
  /** The words of the article that rule the statement out: a substring of `correction`. */
  says: string
  /** What the statement says in their place: a substring of `statement`. */
  not: string
  why: ContradictionKind
  /** The text shown as the correction; defaults to the fact's quote. Must be a substring of the article. */
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
  /**
   * A span of a sentence to blank out; must occur once in that sentence, on word boundaries. The sentence
   * is the quote's unless `sentence` names another. `context: 'previous'` shows the sentence before it too,
   * for a sentence that cannot be read alone ("… cho việc này", "Ngoài ra …").
   */
  cloze?: { span: string; accepted?: string[]; type?: AnswerType; sentence?: number; context?: 'previous' }
  /** Set false where the statement is not a good true/false item (it repeats another fact's). */
  tfTrue?: boolean
  falses?: CuratedFalse[]
  list?: { prompt: string; items: { answer: string; accepted?: string[] }[] }
  sequence?: { prompt: string; events: TimelineEvent[] }
  pairs?: { prompt: string; leftLabel: string; rightLabel: string; pairs: MatchingPair[] }
}
