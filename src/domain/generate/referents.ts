/**
 * Words that stand for something named elsewhere: `ông`, `bà` (he, she), `nhà hội nghị này`, `điều này`.
 * A question that leaves them as written may not be answerable without the sentence before, so:
 *
 * - a personal pronoun after a person's name in the same sentence is left alone ("Faraday là người sùng
 *   đạo; ông là …": the name is right there);
 * - a personal pronoun with no name before it in its sentence is resolved only where that is reliable: the
 *   nearest earlier sentence of the same paragraph that names people names exactly one (sentences that
 *   name nobody are passed over, at most three back). The items then name that person in its place
 *   ("Nhà thờ của Faraday nằm ở …");
 * - otherwise, for a short noun phrase with `này` or a bare `điều này` that opens the sentence (the
 *   subject is only "this"), and for an event or matter named only as "this" anywhere in it (`sự kiện
 *   này`, `vụ bê bối này`), the referent is unresolved, and the sentence is not asked (see items.ts).
 */
import type { Analysis } from './analyse'
import { dictionary } from './dictionary'
import { mentionText, type Registry } from './registry'
import { K, type Token } from './words'

export interface Referent {
  /** Offsets of the pronoun (with `ta`, `ấy`) in its sentence. */
  start: number
  end: number
  /** The person it stands for, as the text names them; undefined when it cannot be told reliably. */
  name?: string
  /**
   * Named only in a part of the sentence that starts at or after this offset: "Faraday là người sùng đạo;
   * ông là …" keeps "ông" in the whole sentence, and names Faraday in a question of the clause after ";".
   */
  after?: number
}

const PERSONAL = new Set(['ông', 'bà'].map(K))
const PERSONAL_TWO = new Set(['anh', 'cô', 'chị'].map(K))
const PERSONAL_TAIL = new Set(['ta', 'ấy'].map(K))
/** "ông bà", "ông nội": kinship, not a pronoun. */
const KIN_AFTER = new Set(['bà', 'ông', 'nội', 'ngoại', 'cụ', 'cháu', 'già', 'lão', 'chủ', 'trùm', 'hoàng', 'vua'].map(K))
/** Words before "ông"/"bà" that make it a noun, not a pronoun: "người ông", "bà ông". */
const NOUN_BEFORE = new Set(['người', 'các', 'những', 'hai', 'ba', 'vị', 'mấy', 'một'].map(K))
/** Heads of a subject that say nothing of what it is: "điều này", "chỗ … này". */
const BARE_DEMONSTRATIVE = new Set(['điều', 'việc', 'chuyện', 'nơi', 'chỗ', 'vấn đề'].map(K))
const THIS = K('này')
const OF = new Set(['của', 'về'].map(K))
/** A subject of at most this many words before "này" says too little of what it is. */
const SHORT_SUBJECT = 4
const LOOK_BACK = 3

function isWord(t: Token | undefined): t is Token {
  return !!t && t.type === 'word'
}

/** Personal pronouns of a sentence, as token ranges [from, to). */
function personalPronouns(a: Analysis): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = []
  const tokens = a.tokens
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.type !== 'word') continue
    const two = PERSONAL_TWO.has(t.key) && PERSONAL_TAIL.has(tokens[i + 1]?.key ?? '')
    if (!PERSONAL.has(t.key) && !two) continue
    // A capital inside the sentence is a name ("Bà Rịa"); a marker before a name is a title ("ông Ivo Zdarek").
    const initial = i === 0 || tokens[i - 1]?.type === 'punct'
    if (t.cap && !initial) continue
    const next = tokens[i + 1]
    if (!two && isWord(next) && (next.cap || KIN_AFTER.has(next.key))) continue
    if (NOUN_BEFORE.has(tokens[i - 1]?.key ?? '')) continue
    const to = two || PERSONAL_TAIL.has(next?.key ?? '') ? i + 2 : i + 1
    out.push({ from: i, to })
    i = to - 1
  }
  return out
}

/**
 * Heads of a noun phrase that name an event or a matter only by "this", wherever it stands: "sự kiện
 * này", "vụ bê bối này", "vì điều này". The reader needs an earlier sentence to know which.
 */
const EVENT_HEADS = ['điều', 'việc', 'chuyện', 'vụ', 'sự kiện', 'sự việc', 'vụ việc', 'biến cố', 'hiện tượng', 'vấn đề'].map((w) => w.split(' ').map(K))

const PHRASE_BREAKS = new Set(['của', 'và', 'với', 'cho', 'ở', 'tại', 'trong', 'từ', 'đến', 'là', 'được', 'bị', 'đã', 'sẽ'].map(K))

/** "Để đánh dấu sự kiện này, …", "… trong vụ bê bối này …": an event or matter named only as "this". */
function eventDemonstratives(a: Analysis): { from: number; to: number }[] {
  const tokens = a.tokens
  const out: { from: number; to: number }[] = []
  for (let i = 0; i < tokens.length; i++) {
    const head = EVENT_HEADS.find((h) => h.every((k, n) => isWord(tokens[i + n]) && (!tokens[i + n]!.cap || i + n === 0) && tokens[i + n]!.key === k))
    if (!head) continue
    for (let j = i + head.length; j < tokens.length && j - i - head.length < SHORT_SUBJECT; j++) {
      const t = tokens[j] as Token
      // "phục vụ của sân bay này": a function word ends the phrase (the head was the end of another word).
      if (t.type !== 'word' || t.cap || PHRASE_BREAKS.has(t.key)) break
      if (t.key === THIS) {
        out.push({ from: i, to: j + 1 })
        i = j
        break
      }
    }
  }
  return out
}

/** "Nhà hội nghị này …", "Điều này …": a subject that is only "this", at the start of the sentence. */
function openingDemonstrative(a: Analysis): { from: number; to: number } | undefined {
  const tokens = a.tokens
  const first = tokens.findIndex((t) => t.type === 'word')
  if (first < 0) return undefined
  // "Sân bay này …" in a text about an airport reads well; "Điều này", "Chỗ Bắc Luân Đôn này" say nothing of what they are.
  if (!BARE_DEMONSTRATIVE.has((tokens[first] as Token).key)) return undefined
  for (let j = first + 1; j < tokens.length && j - first <= SHORT_SUBJECT; j++) {
    const t = tokens[j] as Token
    if (t.type !== 'word') return undefined
    if (t.key === THIS) return { from: first, to: j + 1 }
  }
  return undefined
}

/**
 * Of no known kind, a name of two words or more may be a person when it starts with a family name ("Nguyễn
 * Văn An") or, unless `strict`, when it is foreign ("James Maxwell"); "Trái Đất" or "Thanh Hiên" are not counted.
 */
function personLike(a: Analysis, from: number, to: number, strict: boolean): boolean {
  if (to - from < 2) return false
  return dictionary().surnames.has((a.tokens[from] as Token).key) || (!strict && foreign(a, from, to))
}

/** "(National Physical Laboratory)": a name in brackets glosses the words before it; it is no one's name. */
function gloss(a: Analysis, from: number, to: number): boolean {
  return a.tokens[from - 1]?.text === '(' && a.tokens[to]?.text === ')'
}

function foreign(a: Analysis, from: number, to: number): boolean {
  return a.tokens.slice(from, to).some((t) => t.type === 'word' && !t.syllable)
}

/** One key for "Michael Faraday" and "Faraday" even where the text gives no title to type them as a person. */
function personKey(name: string, registry: Registry): string {
  const words = name.split(/\s+/)
  return words.length > 1 ? K(words[words.length - 1] as string) : registry.groupOf(name) === K(name) ? K(name) : registry.groupOf(name)
}

/**
 * The person groups a sentence names, with the first way it writes each, before token `until`. `strict` for
 * a name to be put in a pronoun's place: a foreign name then counts only where the text opens a sentence with
 * it ("Manchester Mark I", "National Physical Laboratory" are foreign names too). A pronoun with any foreign
 * name before it in its own sentence is left as written.
 */
function peopleOf(a: Analysis, registry: Registry, subjects: ReadonlySet<string>, until = Infinity, strict = false): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of a.mentions) {
    if (m.nameFrom >= until) continue
    const name = mentionText(a, m)
    // A name of no known kind may be a person ("Faraday" is never given a title); a place, a body or a country is not.
    const type = registry.entity(name)?.type ?? m.type
    if (type !== 'person' && type !== 'name') continue
    const group = personKey(name, registry)
    if (type === 'name' && (gloss(a, m.nameFrom, m.nameTo) || (!personLike(a, m.nameFrom, m.nameTo, strict) && !(subjects.has(group) && foreign(a, m.nameFrom, m.nameTo))))) continue
    if (!out.has(group)) out.set(group, name)
  }
  for (const r of a.roles) {
    if (r.personFrom >= until) continue
    const t = a.tokens.slice(r.personFrom, r.personTo)
    const name = a.sentence.text.slice((t[0] as Token).start, (t[t.length - 1] as Token).end)
    const group = personKey(name, registry)
    if (!out.has(group)) out.set(group, name)
  }
  return out
}

/** Sets `referents` on every analysis. */
export function resolveReferents(analyses: readonly Analysis[], registry: Registry): void {
  // A name of no known kind counts as a person only if the text opens a sentence with it ("Faraday gửi …",
  // "Davy trả lời …"): "nhà thờ Sandemanian" or "tại Barbican" never do.
  const subjects = new Set<string>()
  for (const a of analyses) {
    const first = a.tokens.findIndex((t) => t.type === 'word')
    for (const m of a.mentions) if (m.nameFrom === first) subjects.add(personKey(mentionText(a, m), registry))
  }
  const people = (a: Analysis, until?: number) => peopleOf(a, registry, subjects, until)
  for (const [index, a] of analyses.entries()) {
    const found: Referent[] = []
    const span = (from: number, to: number) => ({ start: (a.tokens[from] as Token).start, end: (a.tokens[to - 1] as Token).end })
    const opening = openingDemonstrative(a)
    if (opening) found.push(span(opening.from, opening.to))
    for (const e of eventDemonstratives(a)) if (!opening || e.from >= opening.to) found.push(span(e.from, e.to))
    for (const p of personalPronouns(a)) {
      if (opening && p.from < opening.to) continue
      // A name before it in the same sentence: the reader has the referent in front of them, unless a
      // question asks only the clause after a ";" between them.
      const before = people(a, p.from)
      if (before.size > 0) {
        const semicolon = a.tokens.slice(0, p.from).map((t) => t.text).lastIndexOf(';')
        if (semicolon >= 0 && people(a, semicolon).size === before.size && before.size === 1) {
          found.push({ ...span(p.from, p.to), name: [...before.values()][0] as string, after: (a.tokens[semicolon] as Token).end })
        }
        continue
      }
      // "Năm 2015, nhân kỷ niệm 250 năm ngày sinh của ông, UNESCO đã vinh danh Nguyễn Du …": the fronted
      // phrase speaks of the person the clause after it names.
      const comma = a.tokens.findIndex((t, i) => i > p.to && t.text === ',')
      const possessive = OF.has(a.tokens[p.from - 1]?.key ?? '')
      if (possessive && comma > 0 && people(a).size > 0 && people(a, comma).size === 0) continue
      found.push({ ...span(p.from, p.to), ...nearestPerson(analyses, index, (b) => peopleOf(b, registry, subjects, Infinity, true)) })
    }
    a.referents = found
  }
}

function nearestPerson(analyses: readonly Analysis[], index: number, people: (a: Analysis) => Map<string, string>): { name?: string } {
  const paragraph = analyses[index]!.sentence.paragraph
  for (let k = index - 1; k >= 0 && index - k <= LOOK_BACK; k--) {
    const b = analyses[k] as Analysis
    if (b.sentence.paragraph !== paragraph) break
    const named = people(b)
    if (named.size === 0) {
      // An unresolved pronoun in between ("Ông …") may be someone else: stop there.
      if (b.referents?.some((r) => !r.name)) return {}
      continue
    }
    if (named.size === 1) return { name: [...named.values()][0] as string }
    return {}
  }
  return {}
}

/** Unresolved referents of the sentence, in [from, to) of its text. */
export function unresolvedIn(a: Analysis, from = 0, to = a.sentence.text.length): boolean {
  return (a.referents ?? []).some((r) => !r.name && r.start < to && r.end > from)
}

/**
 * The sentence's text from `from` to `to`, each resolved pronoun replaced by the person's name
 * ("của ông" → "của Faraday"; "Ông đã …" → "Faraday đã …").
 */
export function resolvedSlice(a: Analysis, from: number, to: number): string {
  const s = a.sentence.text
  let out = ''
  let at = from
  for (const r of a.referents ?? []) {
    if (!r.name || r.start < from || r.end > to || (r.after !== undefined && from < r.after)) continue
    out += s.slice(at, r.start) + r.name
    at = r.end
  }
  return out + s.slice(at, to)
}
