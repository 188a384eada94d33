/**
 * Facts carried by names: who holds which office, where something is or happens, what an abbreviation
 * stands for, which names a list gives, and what a named thing is ("X là Y").
 */
import { headOfLongerName, type Analysis, type Mention, type MentionType, type Role } from './analyse'
import { type Candidate, inQuotation, type ListItem, type Span, text, tokenSpan } from './candidates'
import { mentionText, type Registry } from './registry'
import { dictionary } from './dictionary'
import type { LowReason } from './types'
import { K, keyOf, type Token } from './words'

const is = (t: Token | undefined, word: string) => !!t && t.key === K(word)

function quoteReasons(a: Analysis, from: number, to: number): LowReason[] {
  return inQuotation(a, from, to) ? ['in-quotation'] : []
}

/** The label's identity: its title and country group, or its words ("Tổng thống|nga"). */
function labelKey(a: Analysis, r: Role): string {
  const title = r.title ? keyOf(r.title) : ''
  if (r.country) return `${title}|${r.country}`
  const rest = a.tokens.slice(r.labelFrom, r.labelTo).map((t) => t.key).join(' ')
  return `${title}|${rest}`
}

export function officeCandidates(a: Analysis): Candidate[] {
  return a.roles.map((r) => {
    const personSpan = tokenSpan(a.tokens, r.personFrom, r.personTo)
    const labelSpan = tokenSpan(a.tokens, r.labelFrom, r.labelTo)
    let label = text(a, labelSpan)
    // "Nhà thơ Tố Hữu" at the start of a sentence: the trade is "nhà thơ".
    if (r.labelFrom === 0 && (r.descriptor || !r.single) && !(a.tokens[0] as Token).acronym) {
      label = label.charAt(0).toLocaleLowerCase('vi') + label.slice(1)
    }
    const person = text(a, personSpan)
    const reasons = quoteReasons(a, r.labelFrom, r.personTo)
    const personTokens = a.tokens.slice(r.personFrom, r.personTo)
    if (personTokens.length === 1 && personTokens[0]?.syllable) reasons.push('short-name')
    if (r.guessed) reasons.push('guessed-bounds')
    return {
      kind: 'office',
      a,
      answer: personSpan,
      answerType: 'text',
      accepted: [],
      reasons,
      office: { person, personSpan, label, labelSpan, labelKey: labelKey(a, r), single: r.single, descriptor: r.descriptor },
    } satisfies Candidate
  })
}

const PLACE_CUES = new Set(['ở', 'tại'].map(K))
const PLACE_TYPES = new Set<MentionType>(['place', 'country', 'name'])

/** "tại Sochi", "ở huyện Tam Nông", "thuộc tỉnh Kiên Giang". */
export function placeCandidates(a: Analysis, registry: Registry): Candidate[] {
  const out: Candidate[] = []
  for (const m of a.mentions) {
    const cue = a.tokens[m.from - 1]
    if (!cue || !PLACE_TYPES.has(m.type)) continue
    const entity = registry.entity(mentionText(a, m))
    const type = entity?.type ?? m.type
    if (type !== 'place' && type !== 'country') continue
    const prefixed = m.from < m.nameFrom
    // "tại Công viên hoa": one capitalised syllable the text also writes in lower case, with a lower-case
    // word after it, is the head of a common noun ("công viên"), not a place named "Công".
    const only = a.tokens[m.nameFrom] as Token
    if (!prefixed && m.nameTo - m.nameFrom === 1 && only.syllable && registry.lowerCase.has(only.key) && a.tokens[m.nameTo]?.type === 'word' && !a.tokens[m.nameTo]!.cap) continue
    // "tại Nhà hát Lớn", "tại Phòng thính Verdun": one capitalised syllable, the rest of its word in lower case,
    // then capitals again is a named hall or building, whose name the rules cannot bound; it is not asked.
    if (!prefixed && headOfLongerName(a.tokens, m)) continue
    const thuoc = is(cue, 'thuộc')
    if (!PLACE_CUES.has(cue.key) && !(thuoc && (prefixed || type === 'country'))) continue
    const answer = tokenSpan(a.tokens, m.nameFrom, m.nameTo)
    const prefixText = prefixed ? a.sentence.text.slice((a.tokens[m.from] as Token).start, (a.tokens[m.nameFrom - 1] as Token).end) : ''
    const wh = prefixed ? `${prefixText.toLocaleLowerCase('vi')} nào` : type === 'country' && thuoc ? 'nước nào' : 'đâu'
    const kind = m.placeKind ?? entity?.placeKind
    // "tại Viêng Chăn, Lào": the country says where the place is; the question asks for both.
    const country = a.mentions.find((x) => x.from === m.to + 1 && x.type === 'country')
    const withCountry = !prefixed && !!country && a.tokens[m.to]?.text === ',' && [undefined, '.', ';', ','].includes(a.tokens[country.to]?.text)
    out.push({
      kind: 'place',
      a,
      answer,
      answerType: 'text',
      accepted: [],
      phrase: prefixed ? tokenSpan(a.tokens, m.from, m.nameTo) : withCountry ? tokenSpan(a.tokens, m.nameFrom, country!.to) : answer,
      // "ở Scotland, Wales hay Bắc Ireland": "ở đâu, Wales hay Bắc Ireland?" would read as a choice between the
      // names left; the first of a list of names is only blanked.
      ...(withCountry || !listedFirst(a, m.to) ? { wh } : {}),
      reasons: quoteReasons(a, m.from, m.to),
      place: { ...(kind ? { kind } : {}), country: type === 'country', type },
    })
  }
  return out
}

/** A comma and another place after token `to`, then "và" or "hay" before the next punctuation. */
function listedFirst(a: Analysis, to: number): boolean {
  // "Tại Việt Nam, Bộ Y tế …": a body after the comma is the clause's subject, not a second place.
  if (a.tokens[to]?.text !== ',' || !a.mentions.some((m) => m.nameFrom === to + 1 && PLACE_TYPES.has(m.type))) return false
  for (let k = to + 2; k < a.tokens.length; k++) {
    const t = a.tokens[k] as Token
    if (t.type === 'punct' && t.text !== ',') return false
    if (t.key === K('và') || t.key === K('hay') || t.key === K('hoặc')) return true
  }
  return false
}

/** Words that end the search for the start of a lower-case term before "(GDP)". */
const TERM_BOUNDARY = new Set([
  'là', 'của', 'và', 'được', 'đã', 'có', 'làm', 'thành', 'gọi', 'với', 'cho', 'bởi', 'từ', 'tại', 'ở', 'theo',
  'về', 'như', 'các', 'những', 'đó', 'này', 'sẽ', 'đang', 'dùng', 'bị', 'hay', 'hoặc', 'thì', 'mà', 'nhằm', 'gồm',
  'đến', 'qua', 'khi', 'sau', 'trước', 'vì', 'do', 'nên', 'cũng', 'đều', 'vẫn', 'rằng', 'là', 'một',
].map(K))

function longFormBefore(a: Analysis, paren: number): { from: number; guessed: boolean } | undefined {
  // A body, an event or an unknown name; a country or a person is not spelled out by an acronym after it.
  const m = a.mentions.find((x) => x.to === paren && (x.type === 'organisation' || x.type === 'event' || x.type === 'name'))
  if (m && m.type !== 'name') return { from: m.nameFrom, guessed: false }
  // "Công ty Đường sắt đô thị Cần Thơ (CMRC)", "Tổng công ty cảng hàng không Việt Nam (ACV)": a body's
  // name with a lower-case run inside starts at its head word, not at the last capitalised words.
  const head = bodyHeadBefore(a, paren)
  if (head !== undefined) return { from: head, guessed: false }
  if (m) return { from: m.nameFrom, guessed: false }
  let from = paren
  while (from > 0 && paren - from < 7) {
    const t = a.tokens[from - 1] as Token
    if (t.type !== 'word' || TERM_BOUNDARY.has(t.key) || t.acronym) break
    from--
  }
  if (paren - from < 2) return undefined
  const before = a.tokens[from - 1]
  const bounded = !before || before.type === 'punct' || TERM_BOUNDARY.has(before.key)
  return bounded ? { from, guessed: true } : undefined
}

/**
 * The nearest head word of a body ("Công ty", "Tổng công ty") within twelve words before "(", with only
 * words between (no punctuation, no linking word such as "của", "là", "được") and a capitalised word
 * right before "(": the start of a body's name that a lower-case run does not end.
 */
function bodyHeadBefore(a: Analysis, paren: number): number | undefined {
  const tokens = a.tokens
  if (!tokens[paren - 1]?.cap) return undefined
  const heads = dictionary().organisationHeads
  for (let j = paren - 2; j >= Math.max(0, paren - 12); j--) {
    const t = tokens[j] as Token
    if (t.type !== 'word' || TERM_BOUNDARY.has(t.key)) return undefined
    const hit = t.cap ? heads.match(tokens, j) : undefined
    if (hit && hit.end < paren) return j
  }
  return undefined
}

/** "Tổ chức Y tế Thế giới (WHO)", "tổng sản phẩm trong nước (GDP)", "NKR (Cộng hòa Nagorno-Karabakh tự xưng)". */
export function abbreviationCandidates(a: Analysis): Candidate[] {
  const out: Candidate[] = []
  const tokens = a.tokens
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.text === '(' && tokens[i + 1]?.acronym && tokens[i + 2]?.text === ')') {
      const long = longFormBefore(a, i)
      if (!long) continue
      const shortSpan = tokenSpan(tokens, i + 1, i + 2)
      const longSpan = tokenSpan(tokens, long.from, i)
      out.push(abbreviation(a, shortSpan, longSpan, long.guessed, long.from, i + 3))
    } else if (t.acronym && tokens[i + 1]?.text === '(' && tokens[i + 2]?.cap) {
      let close = i + 2
      while (close < tokens.length && close < i + 15 && tokens[close]?.text !== ')') close++
      if (tokens[close]?.text !== ')' || close - (i + 2) < 2) continue
      out.push(abbreviation(a, tokenSpan(tokens, i, i + 1), tokenSpan(tokens, i + 2, close), false, i, close + 1))
    }
  }
  return out
}

function abbreviation(a: Analysis, shortSpan: Span, longSpan: Span, guessed: boolean, from: number, to: number): Candidate {
  return {
    kind: 'abbreviation',
    a,
    answer: shortSpan,
    answerType: 'text',
    accepted: [],
    reasons: [...quoteReasons(a, from, to), ...(guessed ? ['guessed-bounds' as const] : [])],
    abbreviation: { short: text(a, shortSpan), long: text(a, longSpan), shortSpan, longSpan, guessed },
  }
}

const LIST_END = new Set(['và', 'cùng'].map(K))

/** Items of an enumeration of names from mention index `start`: "Nga, Mỹ và Pháp", "sông Tiền, sông Hậu". */
function listFrom(a: Analysis, start: number): { items: Mention[]; end: number } | undefined {
  const tokens = a.tokens
  const first = a.mentions[start] as Mention
  const items = [first]
  let pos = first.to
  let closed = false
  // Words that may stand before every item are those before the first ("phân khu Bắc, phân khu Nam"):
  // "… tới Mặt Trời, đó là Sao Thủy, …" is no list of "Mặt Trời" and the planets.
  const lead = (at: number) => {
    const words: string[] = []
    for (let k = at - 1; k >= 0 && words.length < 2 && tokens[k]?.type === 'word' && !tokens[k]?.cap; k--) words.unshift(tokens[k]!.key)
    return words
  }
  const firstLead = lead(first.nameFrom).join(' ')
  for (;;) {
    let last = false
    if (tokens[pos]?.text === ',') {
      pos++
      if (LIST_END.has(tokens[pos]?.key ?? '')) {
        last = true
        pos++
      }
    } else if (LIST_END.has(tokens[pos]?.key ?? '')) {
      last = true
      pos++
    } else break
    // The same lower-case words may come before each item ("phân khu Bắc, phân khu Trung tâm").
    const next = a.mentions.find((m) => m.from >= pos && m.from <= pos + 2 && m.type !== 'acronym')
    if (!next) break
    for (let k = pos; k < next.from; k++) if (tokens[k]?.type !== 'word' || tokens[k]?.cap) return undefined
    if (next.from > pos && !firstLead.endsWith(tokens.slice(pos, next.from).map((t) => t.key).join(' '))) return undefined
    items.push(next)
    pos = next.to
    if (last) {
      closed = true
      break
    }
  }
  return closed && items.length >= 3 ? { items, end: pos } : undefined
}

export function listCandidates(a: Analysis, registry: Registry): Candidate[] {
  const out: Candidate[] = []
  for (let s = 0; s < a.mentions.length; s++) {
    const found = listFrom(a, s)
    if (!found) continue
    const items: ListItem[] = found.items.map((m) => {
      const span = tokenSpan(a.tokens, m.nameFrom, m.nameTo)
      const whole = tokenSpan(a.tokens, m.from, m.to)
      const accepted = whole.start < span.start ? [text(a, whole)] : []
      return { text: text(a, span), span, accepted }
    })
    // Items typed by the text (a place, a country) type the others; two different types are no list
    // ("của Moskva, Azerbaijan và Armenia đã…" joins a clause to a subject, not three names).
    const all = found.items.map((m) => registry.entity(mentionText(a, m))?.type ?? m.type)
    const types = new Set(all.filter((t) => t !== 'name'))
    if (types.size > 1) continue
    // Every country is known by name: a name that is none beside countries ("Wijchen, Hà Lan, Karachi
    // và Lahore") is a city, and the enumeration is of places with their countries, not a list.
    if (types.has('country') && all.includes('name')) continue
    const itemType: MentionType = types.size === 1 ? ([...types][0] as MentionType) : 'name'
    const first = found.items[0] as Mention
    const span = tokenSpan(a.tokens, first.nameFrom, found.end)
    registry.addList(items.map((i) => i.text))
    const reasons = quoteReasons(a, first.from, found.end)
    out.push({
      kind: 'list',
      a,
      answer: span,
      answerType: 'text',
      accepted: [],
      reasons,
      list: { items, itemType, span },
    })
    s = a.mentions.indexOf(found.items[found.items.length - 1] as Mention)
  }
  return out
}

const UNIQUE = ['nhất', 'duy nhất', 'đầu tiên', 'cuối cùng']
const NOT_DEFINING = new Set(['do', 'vì', 'nhờ', 'để', 'khi', 'bởi', 'tại'].map(K))

function predicateEnd(tokens: readonly Token[], from: number): number {
  let j = from
  while (j < tokens.length && ![',', ';', ':', '.', '!', '?', '…'].includes((tokens[j] as Token).text)) j++
  return j
}

/**
 * "Sao Mộc là hành tinh lớn nhất" (the name asked, the rest given) and "Người chỉ huy tập đoàn cứ điểm là
 * đại tá Christian de Castries" (the description given, the name asked).
 */
export function definitionCandidates(a: Analysis, registry: Registry): Candidate[] {
  const tokens = a.tokens
  const out: Candidate[] = []
  const subject = a.mentions.find((m) => m.from === 0)
  if (subject) {
    let pos = subject.to
    const aliases: string[] = []
    if (tokens[pos]?.text === '(') {
      while (pos < tokens.length && tokens[pos]?.text !== ')') pos++
      pos++
    }
    // "X, còn gọi là Y, là …": Y is another name for X.
    if (tokens[pos]?.text === ',' && is(tokens[pos + 1], 'còn') && is(tokens[pos + 2], 'gọi') && is(tokens[pos + 3], 'là')) {
      const alias = a.mentions.find((m) => m.from === pos + 4)
      if (alias && tokens[alias.to]?.text === ',') {
        aliases.push(mentionText(a, alias))
        registry.union(mentionText(a, subject), mentionText(a, alias))
        pos = alias.to + 1
      }
    }
    if (is(tokens[pos], 'là') && !NOT_DEFINING.has(tokens[pos + 1]?.key ?? '')) {
      const end = predicateEnd(tokens, pos + 1)
      const words = end - (pos + 1)
      if (words >= 2 && words <= 30) {
        const predicate = a.sentence.text.slice((tokens[pos + 1] as Token).start, (tokens[end - 1] as Token).end)
        const answer = tokenSpan(tokens, subject.nameFrom, subject.nameTo)
        const name = text(a, answer)
        const entity = registry.entity(name)
        out.push({
          kind: 'definition',
          a,
          answer,
          answerType: 'text',
          accepted: aliases,
          reasons: quoteReasons(a, 0, end),
          definition: {
            subject: name, predicate, nameFirst: true,
            unique: UNIQUE.some((u) => ` ${keyOf(predicate)} `.includes(` ${keyOf(u)} `)) && !keyOf(predicate).startsWith(keyOf('một trong')),
            subjectType: entity?.type ?? subject.type,
          },
        })
      }
    }
  }
  // "<description> là <name>."
  const la = tokens.findIndex((t) => is(t, 'là'))
  if (la >= 2 && la <= 12 && a.startsCommon && tokens.slice(0, la).every((t) => t.type === 'word' && !t.cap || t === tokens[0])) {
    const name = a.mentions.find((m) => m.from >= la + 1 && m.from <= la + 4 && (m.type === 'person' || m.type === 'place' || m.type === 'organisation' || m.type === 'country' || m.type === 'name'))
    const after = name ? tokens[name.to] : undefined
    if (name && (!after || ['.', ',', ';'].includes(after.text))) {
      const gap = tokens.slice(la + 1, name.from)
      const titled = a.roles.some((r) => r.personFrom === name.nameFrom)
      if (gap.every((t) => t.type === 'word' && !t.cap) || titled) {
        const answer = tokenSpan(tokens, name.nameFrom, name.nameTo)
        const subjectText = text(a, answer)
        const description = a.sentence.text.slice(0, (tokens[la - 1] as Token).end)
        out.push({
          kind: 'definition',
          a,
          answer,
          answerType: 'text',
          accepted: [],
          reasons: quoteReasons(a, 0, name.to),
          definition: {
            subject: subjectText, predicate: description, nameFirst: false, unique: true,
            subjectType: registry.entity(subjectText)?.type ?? name.type,
          },
        })
      }
    }
  }
  return out
}

