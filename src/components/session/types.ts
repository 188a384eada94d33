/** A question answered wrongly in a session, to revisit from the summary. */
export interface SessionMistake {
  prompt: string
  expected: string
  /** The supporting sentence of the article, for "show in article". */
  sentenceIndex: number
  /** The deck whose article holds that sentence. */
  deckId: string
}
