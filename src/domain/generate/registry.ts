/**
 * Everything the text names, with what kind of thing each is and which names mean the same thing: a
 * surname and the full name, a capital and its country, an abbreviation and its long form. Wrong
 * options come from here, and never from the answer's own group.
 */
import { headOfLongerName, type Analysis, type Mention, type MentionType } from './analyse'
import { dictionary } from './dictionary'
import type { PlaceKind } from './lexicon'
import { K, keyOf, type Token } from './words'

export interface Entity {
  key: string
  /** As the text first writes it. */
  name: string
  type: MentionType
  placeKind?: PlaceKind
  /** Names with the same group refer to the same thing. */
  group: string
  /** Sentences that name it. */
  sentences: Set<number>
}

/** Type strength: a name seen as a person somewhere is a person everywhere. */
const RANK: Record<MentionType, number> = { person: 6, country: 5, place: 4, organisation: 3, event: 2, acronym: 1, name: 0 }

export function mentionText(a: Analysis, m: Mention): string {
  const first = a.tokens[m.nameFrom] as Token
  const last = a.tokens[m.nameTo - 1] as Token
  return a.sentence.text.slice(first.start, last.end)
}

const PLACE_CUES = new Set(['ở', 'tại'].map(K))

export class Registry {
  readonly byKey = new Map<string, Entity>()
  private readonly parent = new Map<string, string>()
  /** Words the text writes in lower case somewhere ("công" of "thành công"): a common word, too. */
  readonly lowerCase = new Set<string>()
  /** Members of each list the text gives, by key: never a wrong option for one another. */
  readonly coMembers = new Map<string, Set<string>>()

  entity(name: string): Entity | undefined {
    return this.byKey.get(keyOf(name))
  }

  /** The group a name belongs to (its own key if the text does not otherwise know it). */
  groupOf(name: string): string {
    const key = keyOf(name)
    return this.find(this.byKey.get(key)?.group ?? dictionary().groupOf.get(key) ?? key)
  }

  /** Same referent: the same name, aliases, a capital and its country, an abbreviation and its long form. */
  same(a: string, b: string): boolean {
    return this.groupOf(a) === this.groupOf(b)
  }

  /** The fullest name the text gives a person ("Christian de Castries" for "de Castries"). */
  canonical(name: string): string {
    const group = this.groupOf(name)
    let best = name
    for (const e of this.byKey.values()) {
      if (e.type === 'person' && this.find(e.group) === group && e.name.split(/\s+/).length > best.split(/\s+/).length) best = e.name
    }
    return best
  }

  areCoMembers(a: string, b: string): boolean {
    return this.coMembers.get(keyOf(a))?.has(keyOf(b)) ?? false
  }

  find(group: string): string {
    let g = group
    for (let guard = 0; guard < 50; guard++) {
      const p = this.parent.get(g)
      if (p === undefined || p === g) return g
      g = p
    }
    return g
  }

  union(a: string, b: string): void {
    const ga = this.find(this.groupOf(a))
    const gb = this.find(this.groupOf(b))
    if (ga !== gb) this.parent.set(gb, ga)
  }

  add(name: string, type: MentionType, sentence: number, extra: { placeKind?: PlaceKind; group?: string } = {}): Entity {
    const key = keyOf(name)
    let e = this.byKey.get(key)
    if (!e) {
      e = { key, name, type, group: extra.group ?? dictionary().groupOf.get(key) ?? key, sentences: new Set() }
      if (extra.placeKind) e.placeKind = extra.placeKind
      this.byKey.set(key, e)
    } else if (RANK[type] > RANK[e.type]) {
      e.type = type
      if (extra.placeKind) e.placeKind = extra.placeKind
    } else if (type === e.type && !e.placeKind && extra.placeKind) {
      e.placeKind = extra.placeKind
    }
    e.sentences.add(sentence)
    return e
  }

  addList(names: readonly string[]): void {
    const keys = names.map(keyOf)
    for (const k of keys) {
      const set = this.coMembers.get(k) ?? new Set<string>()
      for (const other of keys) if (other !== k) set.add(other)
      this.coMembers.set(k, set)
    }
  }

  /** Entities of a type (and place kind), one per group (its fullest name), in order of first appearance. */
  pool(type: MentionType, placeKind?: PlaceKind | 'any'): Entity[] {
    const byGroup = new Map<string, Entity>()
    for (const e of this.byKey.values()) {
      if (e.type !== type) continue
      if (placeKind !== 'any' && type === 'place' && (e.placeKind ?? 'city') !== (placeKind ?? 'city')) continue
      const g = this.find(e.group)
      const current = byGroup.get(g)
      if (!current || e.name.split(/\s+/).length > current.name.split(/\s+/).length) byGroup.set(g, e)
    }
    return [...byGroup.values()]
  }
}

/** The ways a person's name is shortened: the surname of a foreign name, "de Castries", the given name. */
export function nameTails(name: string): string[] {
  const words = name.split(/\s+/)
  // "Louis XVI", "Voyager 1": a numbered name is not shortened (another Louis is not this one).
  if (words.length < 2 || /^(?:[0-9]+|[IVXLC]+)$/.test(words[words.length - 1] as string)) return []
  const out = [words[words.length - 1] as string]
  const particle = words.findIndex((w, i) => i > 0 && dictionary().particles.has(w))
  if (particle > 0) out.push(words.slice(particle).join(' '))
  if (words.length >= 3) out.push(words.slice(-2).join(' '))
  return out
}

/** Builds the registry from every sentence's mentions and roles. */
export function buildRegistry(analyses: readonly Analysis[]): Registry {
  const r = new Registry()
  for (const a of analyses) {
    const index = a.sentence.index
    for (const t of a.tokens) if (t.type === 'word' && !t.cap) r.lowerCase.add(t.key)
    for (const m of a.mentions) {
      let type = m.type
      // A name right after "ở" or "tại" is a place, unless it is the head of a longer name ("tại Phòng thí nghiệm …").
      const cue = a.tokens[m.from - 1]
      if (type === 'name' && cue && PLACE_CUES.has(cue.key) && !headOfLongerName(a.tokens, m)) type = 'place'
      r.add(mentionText(a, m), type, index, { ...(m.placeKind ? { placeKind: m.placeKind } : {}), ...(m.group ? { group: m.group } : {}) })
    }
  }
  // Surnames and given names the text uses alone are the person.
  const persons = [...r.byKey.values()].filter((e) => e.type === 'person')
  for (const p of persons) {
    for (const tail of nameTails(p.name)) {
      const e = r.entity(tail)
      if (e && (e.type === 'name' || e.type === 'person') && e.key !== p.key) {
        e.type = 'person'
        r.union(p.name, e.name)
      }
    }
  }
  return r
}
