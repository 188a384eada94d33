import type { RouteLocationRaw } from 'vue-router'
import { BUILT_IN_DECK_ID } from '@/domain/progress/types'

/** The place of a sentence in its deck's article (the article screen shows the built-in deck unless told another). */
export function articlePlace(deckId: string, sentenceIndex: number): RouteLocationRaw {
  const deck = deckId === BUILT_IN_DECK_ID ? {} : { deck: deckId }
  return { path: '/article', query: { ...deck, s: String(sentenceIndex) }, hash: `#s-${sentenceIndex}` }
}
