import { computed } from 'vue'
import { BUILT_IN_DECK_ID } from '@/domain/progress/types'
import { ALL_DECKS, useBankStore } from '@/stores/bank'
import { useProgressStore } from '@/stores/progress'
import { useI18n } from '@/i18n'

/**
 * The name of what a study screen studies, shown under its title once the learner has decks of their own:
 * a deck's title, "every deck", or the built-in article. Empty while the built-in deck is the only one.
 */
export function useDeckTitle() {
  const bank = useBankStore()
  const progress = useProgressStore()
  const { t } = useI18n()
  return computed(() => {
    if (progress.decks.length === 0) return ''
    if (bank.scope === ALL_DECKS) return t('decks.all')
    if (bank.scope === BUILT_IN_DECK_ID) return t('decks.builtIn')
    return progress.decks.find((d) => d.id === bank.scope)?.title ?? ''
  })
}
