/**
 * The evidence a false statement carries, checked: the words of the article that rule it out (`says`),
 * what it says instead (`not`), and why the two cannot both hold (`why`). A machine cannot prove a
 * contradiction; it can refuse a false statement that has no evidence, whose evidence is not in the
 * article, or whose kind of contradiction does not fit the words swapped.
 */
import type { ContradictionKind, CuratedFalse } from './curated'
import { norm } from './context'
import { OFFICES, OPPOSITES, POOLS } from './pools'

const NUMBER_WORDS = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'].map(norm))
const isNumberWord = (w: string) => NUMBER_WORDS.has(w) || /^\d+$/.test(w)
const words = (text: string) => norm(text).split(' ').filter(Boolean)
const withoutNumbers = (text: string) => words(text).filter((w) => !isNumberWord(w)).join(' ')
const withoutDigits = (text: string) => words(text).filter((w) => !/\d/.test(w)).join(' ')
/** Capitalised words: the names in a phrase, in order. */
const names = (text: string) => text.split(/[\s,.;:()]+/u).filter((w) => /^\p{Lu}/u.test(w))
const listItems = (text: string) => text.split(/,\s*|\s+và\s+/u).map(norm).filter(Boolean)
const sameMultiset = (a: readonly string[], b: readonly string[]) => [...a].sort().join('|') === [...b].sort().join('|')

/** Why `says` → `not` fails as a contradiction of this kind, or undefined when it fits. */
const FITS: Record<ContradictionKind, (says: string, not: string) => string | undefined> = {
  number(says, not) {
    const a = words(says).filter(isNumberWord)
    const b = words(not).filter(isNumberWord)
    if (!a.length || !b.length) return 'both sides must hold a number'
    return withoutNumbers(says) === withoutNumbers(not) ? undefined : 'only the number may change'
  },
  date(says, not) {
    if (!/\d/.test(says) || !/\d/.test(not)) return 'both sides must hold a date or a year'
    return withoutDigits(says) === withoutDigits(not) ? undefined : 'only the digits may change'
  },
  office(says, not) {
    const office = (t: string) => OFFICES.find((o) => t.startsWith(o))
    const a = office(says)
    const b = office(not)
    if (!a || !b || a === b) return `both sides must open with a different office of ${OFFICES.join(', ')}`
    return norm(says.slice(a.length)) === norm(not.slice(b.length)) ? undefined : 'only the office may change'
  },
  place(says, not) {
    const places = POOLS.place.map(norm)
    return places.includes(norm(says)) && places.includes(norm(not)) ? undefined : 'both sides must be places of the article'
  },
  direction(says, not) {
    const a = names(says)
    const b = names(not)
    if (a.length < 2 || !sameMultiset(a, b)) return 'the same names must appear on both sides'
    return a.join('|') === b.join('|') ? 'the names must come in another order' : undefined
  },
  only(says, not) {
    if (!words(not).includes(norm('chỉ'))) return 'the statement must say "chỉ"'
    const a = new Set(names(says))
    const b = names(not)
    if (!b.length || !b.every((n) => a.has(n))) return 'every name of the statement must be one the text gives'
    return b.length < a.size ? undefined : 'the statement must name fewer than the text'
  },
  member(says, not) {
    const a = listItems(says)
    const b = listItems(not)
    if (Math.max(a.length, b.length) < 2) return 'both sides must be lists'
    const added = b.filter((item) => !a.includes(item)).length
    const dropped = a.filter((item) => !b.includes(item)).length
    // One member changed, added or dropped: the text's list is definite, so any other list is wrong.
    return added + dropped >= 1 && added <= 1 && dropped <= 1 ? undefined : 'exactly one member may change'
  },
  opposite(says, not) {
    return OPPOSITES.some(([x, y]) => norm(x) === norm(says) && norm(y) === norm(not))
      ? undefined
      : 'the pair must be one of OPPOSITES'
  },
  order(_says, not) {
    const w = words(not)
    return w.includes(norm('trước')) || w.includes(norm('sau')) ? undefined : 'the statement must say "trước" or "sau"'
  },
}

/**
 * What is wrong with a false statement's evidence, or undefined. `correction` is the text it is checked
 * against (the false's own correction, or the fact's quote).
 */
export function contradictionProblem(f: CuratedFalse, correction: string, article: string): string | undefined {
  if (!article.includes(correction)) return 'the correction is not in the article'
  if (!f.says || !correction.includes(f.says)) return `"${f.says}" is not in the correction`
  if (!f.not || !f.statement.includes(f.not)) return `"${f.not}" is not in the statement`
  const rest = f.statement.replace(f.not, ' ')
  if (` ${norm(rest)} `.includes(` ${norm(f.says)} `)) return 'the statement still says what the text says'
  const fits = FITS[f.why] as ((says: string, not: string) => string | undefined) | undefined
  return fits ? fits(f.says, f.not) : `unknown kind "${f.why}"`
}
