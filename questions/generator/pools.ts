/**
 * The things the article names, grouped by kind, for drawing wrong options: a wrong option is always
 * the same kind of thing as the answer (countries for countries, number words for number words).
 */
import type { DistractorPool } from './curated'

export const POOLS: Record<DistractorPool, readonly string[]> = {
  country: ['Nga', 'Azerbaijan', 'Armenia', 'Mỹ', 'Pháp'],
  // "một" (một bên), "hai" (cả hai bên), "ba" (ba đồng chủ tịch), "bảy" (bảy vùng).
  number: ['một', 'hai', 'ba', 'bảy'],
  place: ['Sochi', 'Moskva', 'Yerevan', 'Baku'],
}

/**
 * Names the article uses for the same side. Never offer one as a wrong answer for the other:
 * "Moskva" is not wrong where the answer is "Nga".
 */
export const CO_REFERENTS: readonly (readonly string[])[] = [
  ['Nga', 'nước Nga', 'Moskva', 'Moscow', 'Mát-xcơ-va', 'Matxcơva'],
  ['Armenia', 'Yerevan'],
  ['Azerbaijan', 'Baku'],
]
