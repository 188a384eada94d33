import { computed } from 'vue'
import type { StrugglingRow } from '@/components/home/HomeStruggling.vue'
import type { MemoryCard } from '@/domain/scheduling/types'
import { strugglingFacts } from '@/domain/struggling'
import { ALL_DECKS, deckOf, useBankStore } from '@/stores/bank'
import { useProgressStore } from '@/stores/progress'
import { articlePlace } from './articlePlace'


/**
 * The struggling facts of a deck, or of every deck (`all`), most troubled first (`domain/struggling.ts`), and the
 * rows to list them with: the fact as one sentence, how often it was forgotten, the link to its sentence. A fact
 * whose deck's bank is not loaded has a card but no row yet: `cards` says what there is, `rows` what can be shown.
 */
export function useStruggling(scope: () => string) {
  const progress = useProgressStore()
  const bank = useBankStore()

  const cards = computed<MemoryCard[]>(() => {
    const deck = scope()
    const all = progress.cards.values()
    return strugglingFacts(deck === ALL_DECKS ? all : [...all].filter((c) => deckOf(c.factId) === deck))
  })

  const rows = computed<StrugglingRow[]>(() =>
    cards.value.flatMap((card) => {
      const fact = bank.fact(card.factId)
      return fact ? [{ factId: fact.id, text: fact.statement, lapses: card.lapses, link: articlePlace(deckOf(fact.id), fact.sentenceIndex) }] : []
    }),
  )

  return { cards, rows }
}
