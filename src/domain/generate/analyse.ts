/**
 * Reading each sentence for the things facts are made of: names and what kind of thing they name
 * (person, country, place, organisation, event), and who holds which role.
 *
 * Vietnamese capitalises every syllable of a person's or place's name ("Võ Nguyên Giáp", "Cần Thơ") but
 * only the first syllable of each word in the name of a body ("Tổ chức Y tế Thế giới"); a sentence's
 * first word is capitalised whatever it is. So: a name is a run of capitalised words; a body is a head
 * word from the dictionary and the capitalised words after it, each with at most one lower-case syllable;
 * and a capitalised first word is a name only when the text also capitalises it elsewhere, or it is not
 * a Vietnamese syllable at all ("Azerbaijan", "Putin").
 */
import { dictionary, type Dictionary } from './dictionary'
import type { PlaceKind } from './lexicon'
import type { GeneratedSentence } from './types'
import type { Referent } from './referents'
import { K, PhraseMatcher, type Token, tokenize } from './words'

export type MentionType = 'person' | 'country' | 'place' | 'organisation' | 'event' | 'acronym' | 'name'

export interface Mention {
  type: MentionType
  /** Tokens [from, to) of the whole mention, a prefix word included ("tỉnh Đồng Tháp"). */
  from: number
  to: number
  /** Tokens [nameFrom, nameTo) of the name itself ("Đồng Tháp"). */
  nameFrom: number
  nameTo: number
  placeKind?: PlaceKind
  /** For countries and capitals: the country, so that neither is a wrong option for the other. */
  group?: string
}

export interface Role {
  title: string
  /** One holder per country or body at a time. */
  single: boolean
  /** A trade ("nhà thơ"), not an office. */
  descriptor: boolean
  /** Tokens of the label ("Thủ tướng Armenia") and of the person ("Nikol Pashinyan"). */
  labelFrom: number
  labelTo: number
  personFrom: number
  personTo: number
  /** The country in the label, if any (its group key). */
  country?: string
  /** "Võ Nguyên Giáp, Tổng Tư lệnh …,": the label follows the name. */
  appositive: boolean
  /** Where the holder's name starts was guessed (a place of foreign words before it). */
  guessed?: boolean
}

export interface Analysis {
  sentence: GeneratedSentence
  tokens: Token[]
  mentions: Mention[]
  roles: Role[]
  /** Inside quotation marks, per token. */
  quoted: boolean[]
  /** The first word is an ordinary word, to be lower-cased when the sentence is quoted after "Theo bài,". */
  startsCommon: boolean
  /** A statement worth asking about: not a heading, not a question, four words or more. */
  usable: boolean
  /** Pronouns and "this" phrases that stand for something named elsewhere (set once the text is read: referents.ts). */
  referents?: Referent[]
}

/** Capitalisation across the whole text, which decides what a capitalised first word is. */
export interface CaseEvidence {
  /** Keys seen capitalised away from a sentence start. */
  capitalisedInside: Set<string>
  /** …and not followed there by a lower-case syllable: a name's last word ("ở Huế,"), not a word of a title ("Chiến tranh"). */
  capitalisedAlone: Set<string>
  /** Keys seen in lower case. */
  lowerCase: Set<string>
  /** One capitalised syllable the text writes after "quân", "nhà", "nước"…: a dynasty or a people ("quân Minh"). */
  groupNames: Set<string>
}

const OPENERS = new Set(['"', '“', '«', ':', '(', '‘', '-', '–', '—'])

/** Words that end the name of a body: a lower-case syllable after a capital is the rest of its word, these are not. */
const STOP_WORDS = new Set([
  'của', 'và', 'là', 'đã', 'được', 'cho', 'với', 'tại', 'ở', 'trong', 'thuộc', 'do', 'về', 'các', 'những',
  'này', 'đó', 'có', 'sẽ', 'đang', 'vừa', 'cũng', 'năm', 'ngày', 'tháng', 'từ', 'đến', 'khi', 'nhưng', 'hay',
  'hoặc', 'vì', 'nên', 'thì', 'mà', 'như', 'sau', 'trước', 'theo', 'bị', 'lại', 'đều', 'vẫn', 'còn', 'nay',
  'cùng', 'để', 'nhằm', 'bằng', 'qua', 'giữa', 'trên', 'dưới', 'gồm', 'làm', 'thành', 'tới', 'cho', 'ra',
  'vào', 'lên', 'xuống', 'cách', 'nơi', 'người', 'một', 'hai', 'ba', 'lần', 'thứ', 'chỉ', 'rất',
].map((w) => w.normalize('NFC')))

/** "Alan 6 tuổi": a number followed by one of these counts something; it is no part of the name before it. */
const COUNTED = new Set(['tuổi', 'năm', 'tháng', 'ngày', 'giờ', 'phút', 'lần', 'người', 'tuần'].map((w) => K(w)))

/** Nouns before a dynasty's or a people's name: "quân Minh", "nhà Minh", "người Chăm". */
const GROUP_NOUNS = new Set(['quân', 'nhà', 'nước', 'triều', 'giặc', 'người'].map((w) => K(w)))

/** Words before a lower-case title that make it many holders: "nhiều tướng Minh". */
const PLURAL_BEFORE = new Set(['nhiều', 'các', 'những', 'mấy', 'vài', 'mọi'].map((w) => K(w)))

/** "cựu", "nguyên" before a title: a former holder. */
const FORMER = new Set(['cựu', 'nguyên'].map(K))
/** The form of a state before its name: "Cộng hòa …", "Vương quốc …". */
const STATE_FORMS = new PhraseMatcher(['Cộng hòa', 'Vương quốc', 'Liên bang', 'Đế quốc', 'Công quốc', 'Hợp chúng quốc', 'Đại công quốc'].map((w) => [w, true] as const))

/** Prefixes that belong to the name: "châu Phi", "miền Tây". */
const NAME_PREFIXES = new Set(['châu', 'miền'].map(K))

function isStopWord(t: Token | undefined): boolean {
  return !!t && STOP_WORDS.has(t.text.toLocaleLowerCase('vi'))
}

const isWord = (t: Token | undefined): t is Token => !!t && t.type === 'word'
const isLowerWord = (t: Token | undefined): t is Token => isWord(t) && !t.cap

/**
 * "Phòng thí nghiệm Vật lý …", "Nhà hát Lớn", "Trung học nữ sinh St Albans": a name of one capitalised syllable,
 * followed by one to three lower-case syllables (no linking word) and then capitals again, is the head word of a
 * longer name (a common noun), not a name of its own.
 */
export function headOfLongerName(tokens: readonly Token[], m: Pick<Mention, 'nameFrom' | 'nameTo'>): boolean {
  if (m.nameTo - m.nameFrom !== 1 || !tokens[m.nameFrom]?.syllable) return false
  let k = m.nameTo
  while (k < m.nameTo + 3 && isLowerWord(tokens[k]) && tokens[k]!.syllable && !isStopWord(tokens[k])) k++
  return k > m.nameTo && isWord(tokens[k]) && tokens[k]!.cap
}

/** A position where any word is capitalised: the sentence start, after an opening quote, colon or dash. */
function isInitial(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true
  const previous = tokens[i - 1] as Token
  return previous.type === 'punct' && OPENERS.has(previous.text)
}

export function collectCaseEvidence(sentences: readonly { tokens: Token[] }[]): CaseEvidence {
  const evidence: CaseEvidence = { capitalisedInside: new Set(), capitalisedAlone: new Set(), lowerCase: new Set(), groupNames: new Set() }
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      if (t.type !== 'word') return
      const next = tokens[i + 1]
      if (!t.cap && GROUP_NOUNS.has(t.key) && isWord(next) && next.cap && next.syllable && !(isWord(tokens[i + 2]) && tokens[i + 2]!.cap)) evidence.groupNames.add(next.key)
      if (!t.cap) evidence.lowerCase.add(t.key)
      else if (!isInitial(tokens, i)) {
        evidence.capitalisedInside.add(t.key)
        const next = tokens[i + 1]
        if (!(next && next.type === 'word' && !next.cap && next.syllable)) evidence.capitalisedAlone.add(t.key)
      }
    })
  }
  return evidence
}

class SentenceReader {
  readonly mentions: Mention[] = []
  readonly roles: Role[] = []
  private readonly d: Dictionary = dictionary()

  constructor(
    readonly tokens: Token[],
    private readonly evidence: CaseEvidence,
  ) {}

  /** A capitalised word that can be (part of) a name at position i. */
  nameable(i: number): boolean {
    const t = this.tokens[i]
    if (!isWord(t) || !t.cap) return false
    if (!isInitial(this.tokens, i)) return true
    if (this.d.starters.has(t.key)) return false
    if (!t.syllable) return true
    if (this.d.countries.match(this.tokens, i)) return true
    const next = this.tokens[i + 1]
    if (isWord(next) && next.cap) return this.evidence.capitalisedInside.has(t.key) || this.evidence.capitalisedInside.has(next.key)
    // One Vietnamese word before a lower-case one: a name only if the text writes it alone as a name elsewhere.
    return this.evidence.capitalisedAlone.has(t.key) && !this.evidence.lowerCase.has(t.key)
  }

  /** The run of capitalised words (with name particles and a number after a foreign word) from i. */
  nameRun(i: number, afterTitle = false): number {
    const tokens = this.tokens
    let j = i
    while (j < tokens.length) {
      const t = tokens[j] as Token
      if (j > i && (this.d.titles.match(tokens, j) || this.d.personMarkers.match(tokens, j)) && !t.acronym) break
      if ((j === i ? this.nameable(j) : t.cap && t.type === 'word')) {
        j++
      } else if (isWord(t) && this.d.particles.has(t.text) && tokens[j + 1]?.cap && (j > i || afterTitle)) {
        j++
      } else if (j > i && ((t.type === 'number' && /^[0-9]{1,3}$/.test(t.text)) || /^[IVX]{1,5}$/.test(t.text)) && !(tokens[j - 1] as Token).syllable &&
        (tokens[j - 1] as Token).cap && !COUNTED.has(tokens[j + 1]?.key ?? '')) {
        // "Voyager 1", "SEA Games 31", "Louis XVI": a number after a foreign word of a name is part of it.
        j++
        break
      } else {
        break
      }
    }
    // A run never ends on a particle.
    while (j > i && this.d.particles.has((tokens[j - 1] as Token).text)) j--
    return j
  }

  /** The tail of a body's name after its head word: "Y tế Thế giới", "Hàng không và Vũ trụ Hoa Kỳ". */
  organisationTail(j: number, numbered = false, joins = true): number {
    const tokens = this.tokens
    let k = j
    for (;;) {
      const t = tokens[k]
      // "… Liên hợp quốc" ends many names of bodies.
      const standalone = joins && k > j ? this.d.standaloneOrganisations.match(tokens, k) : undefined
      if (standalone) {
        k = standalone.end
        continue
      }
      if (isWord(t) && t.cap) {
        k++
        const next = tokens[k]
        if (isLowerWord(next) && t.syllable && next.syllable && !isStopWord(next) && !this.d.particles.has(next.text)) k++
        continue
      }
      if (t?.type === 'number' && (k > j || numbered) && /^[0-9]{1,4}$/.test(t.text)) {
        k++
        break
      }
      if (joins && isLowerWord(t) && t.key === K('và') && tokens[k + 1]?.cap && k > j) {
        k++
        continue
      }
      // "Tổ chức Giáo dục, Khoa học và Văn hóa …": a comma inside a name, when "và" and a capital follow.
      if (joins && t?.text === ',' && k > j && tokens[k + 1]?.cap && this.listInsideName(k + 1)) {
        k++
        continue
      }
      const prefix = joins && isLowerWord(t) ? this.d.placePrefixes.match(tokens, k) : undefined
      if (prefix && tokens[prefix.end]?.cap) {
        k = prefix.end
        continue
      }
      break
    }
    // Never end on a connecting word.
    while (k > j && (tokens[k - 1] as Token).key === K('và')) k--
    return k
  }

  /** From k, capitalised words with their second syllables, then "và" and a capital, before any punctuation. */
  private listInsideName(k: number): boolean {
    const tokens = this.tokens
    for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
      const t = tokens[j] as Token
      if (t.type === 'punct') return false
      if (t.key === K('và')) return !!tokens[j + 1]?.cap
      if (!t.cap && isStopWord(t)) return false
    }
    return false
  }

  add(m: Mention): void {
    this.mentions.push(m)
  }

  /** The country named at the start of tokens [from, to), if any. */
  leadingCountry(from: number, to: number): { end: number; group: string; capital: boolean } | undefined {
    const hit = this.d.countries.match(this.tokens, from)
    if (!hit || hit.end > to || !(this.tokens[from] as Token).cap) return this.stateForm(from, to)
    return { end: hit.end, group: hit.value.group, capital: hit.value.capital }
  }

  /** "Cộng Hòa Tiệp", "Vương quốc Bhutan": a state's form and a name is a country, whatever the list knows. */
  stateForm(from: number, to: number): { end: number; group: string; capital: boolean } | undefined {
    const form = STATE_FORMS.match(this.tokens, from)
    if (!form || form.end >= to || !(this.tokens[from] as Token).cap) return undefined
    const words = this.tokens.slice(from, to)
    if (!words.every((t) => t.type === 'word' && t.cap)) return undefined
    return { end: to, group: words.map((t) => t.key).join(' '), capital: false }
  }

  /** A name run that is only a country or capital is no person. */
  personRun(from: number, to: number): { from: number; to: number } | undefined {
    if (to <= from) return undefined
    const country = this.leadingCountry(from, to)
    if (country && country.end === to) return undefined
    const first = this.tokens[from] as Token
    if (this.d.organisationHeads.match(this.tokens, from) || this.d.eventHeads.match(this.tokens, from)) return undefined
    // "Tướng Minh là Trần Trí" where the text writes "quân Minh": a dynasty's general, not a general named Minh.
    if (to - from === 1 && first.syllable && this.evidence.groupNames.has(first.key)) return undefined
    if (first.acronym) return undefined
    // "Ban Bí thư Trung ương Đoàn …", "Tổng tư lệnh Vệ binh Cách mạng Iran": one Vietnamese syllable, the
    // rest of its word in lower case, then more capitalised words is the start of a body's name, not a person.
    // "Bộ trưởng Ngư nghiệp và Biển …", "Giám đốc Bầu cử tại Québec": without the capitals after it, the same
    // holds unless the text writes that syllable alone as a name somewhere ("Hùng," of "Bộ trưởng Hùng khẳng …").
    const next = this.tokens[to]
    if (to - from === 1 && first.syllable && isLowerWord(next) && next.syllable && !isStopWord(next) && !this.d.particles.has(next.text)) {
      if (isWord(this.tokens[to + 1]) && this.tokens[to + 1]!.cap) return undefined
      if (!this.evidence.capitalisedAlone.has(first.key) || this.evidence.lowerCase.has(first.key)) return undefined
    }
    return { from, to }
  }

  /**
   * Where a person's name starts at the end of the capitalised run [from, to), after at least one word
   * of something else: a family name and one to three more syllables ("Cần Thơ Trần Văn Minh"), or a
   * foreign name after a country ("Việt Nam Ito Naoki").
   */
  personTail(from: number, to: number): number | undefined {
    const tokens = this.tokens
    for (let p = Math.max(from + 1, to - 4); p <= to - 2; p++) {
      if (this.d.surnames.has((tokens[p] as Token).key) && tokens.slice(p, to).every((t) => t.syllable)) return p
    }
    return this.gluedAfterCountry(from, to)
  }

  /** "Việt Nam Huawei Device", "Trung Quốc Ottawa": a country of two words run on into a name written after it. */
  gluedAfterCountry(from: number, to: number): number | undefined {
    const c = this.leadingCountry(from, to)
    if (!c || c.capital || c.end >= to) return undefined
    const rest = this.tokens.slice(c.end, to)
    if (c.end - from >= 2 && !rest[0]!.syllable && !rest[0]!.acronym) return c.end
    if (rest.length >= 2 && rest.length <= 4 && this.d.surnames.has(rest[0]!.key) && rest.every((t) => t.syllable)) return c.end
    return undefined
  }

  /** A title at i: "Thủ tướng Armenia Nikol Pashinyan", "Thống đốc Ngân hàng Nhà nước Việt Nam Nguyễn Thị Hồng". */
  role(i: number, title: { title: string; single: boolean }, titleEnd: number, descriptor: boolean): number {
    const tokens = this.tokens
    let k = titleEnd
    let country: string | undefined
    const mentionsBefore = this.mentions.length
    // Portfolio: "Bộ trưởng (Bộ) Ngoại giao".
    const bo = tokens[k]?.key === K('bộ') && tokens[k]?.cap ? k + 1 : k
    const department = this.d.departments.match(tokens, bo)
    if (department && (tokens[bo] as Token).cap) {
      if (bo > k) this.add({ type: 'organisation', from: k, to: department.end, nameFrom: k, nameTo: department.end })
      k = department.end
    }
    // Nationality of a trade: "nhà thiên văn học người Mỹ".
    if (tokens[k]?.key === K('người')) {
      const c = this.leadingCountry(k + 1, tokens.length)
      if (c) {
        country = c.group
        this.add({ type: 'country', from: k + 1, to: c.end, nameFrom: k + 1, nameTo: c.end, group: c.group })
        k = c.end
      }
    }
    let personFrom = -1
    let personTo = -1
    let guessed = false
    const head = (tokens[k]?.cap ? this.d.organisationHeads.match(tokens, k) ?? this.d.standaloneOrganisations.match(tokens, k) : undefined)
    if (head) {
      const tailEnd = this.organisationTail(head.end)
      // The person is the last run of capitalised words in the tail ("… Việt Nam Nguyễn Thị Hồng").
      let runStart = tailEnd
      while (runStart > head.end && (tokens[runStart - 1] as Token).cap && (tokens[runStart - 1] as Token).type === 'word') runStart--
      const c = runStart < tailEnd ? this.leadingCountry(runStart, tailEnd) : undefined
      const nameStart = c ? c.end : runStart
      const lastLower = tailEnd > head.end && !(tokens[tailEnd - 1] as Token).cap
      // "Công ty Đường sắt đô thị Cần Thơ Trần Văn Minh": the body's name goes on after a lower-case run
      // ("đô thị") with capitalised words of its own before the person's name.
      const resumed = lastLower ? this.resumedBody(tailEnd) : undefined
      if (resumed) {
        this.add({ type: 'organisation', from: k, to: resumed.personFrom, nameFrom: k, nameTo: resumed.personFrom })
        personFrom = resumed.personFrom
        personTo = resumed.personTo
        k = resumed.personFrom
      } else if (lastLower || tailEnd === head.end) {
        const end = this.nameRun(tailEnd, true)
        const person = this.personRun(tailEnd, end)
        this.add({ type: 'organisation', from: k, to: tailEnd, nameFrom: k, nameTo: tailEnd })
        if (person) {
          personFrom = person.from
          personTo = person.to
        }
        k = tailEnd
      } else {
        const person = nameStart < tailEnd && nameStart > head.end ? this.personRun(nameStart, tailEnd) : undefined
        const orgEnd = person ? nameStart : tailEnd
        this.add({ type: 'organisation', from: k, to: orgEnd, nameFrom: k, nameTo: orgEnd })
        if (person) {
          personFrom = person.from
          personTo = person.to
        }
        k = orgEnd
      }
    } else {
      const end = this.nameRun(k, true)
      const c = end > k ? this.leadingCountry(k, end) : undefined
      if (c) {
        country = c.group
        this.add({ type: c.capital ? 'place' : 'country', from: k, to: c.end, nameFrom: k, nameTo: c.end, group: c.group, ...(c.capital ? { placeKind: 'city' as const } : {}) })
      }
      let person = this.personRun(c ? c.end : k, end)
      // "Thủ hiến New Brunswick Frank McKenna": four foreign words or more after a title are a place and then
      // the holder. Where one ends is a guess; most such names are a given name and a family name.
      if (person && !c && person.to - person.from >= 4 && tokens.slice(person.from, person.to).every((t) => !t.syllable && !t.acronym)) {
        this.add({ type: 'name', from: person.from, to: person.to - 2, nameFrom: person.from, nameTo: person.to - 2 })
        person = { from: person.to - 2, to: person.to }
        guessed = true
      }
      if (person) {
        personFrom = person.from
        personTo = person.to
      }
      k = c ? c.end : k
      // "Đại sứ Nhật Bản tại Việt Nam Ito Naoki": the country a post is in, then the holder.
      if (!person && c && c.end === end && tokens[end]?.key === K('tại')) {
        const end2 = this.nameRun(end + 1, true)
        const where = end2 > end + 1 ? this.leadingCountry(end + 1, end2) : undefined
        const holder = where && where.end < end2 ? this.personRun(where.end, end2) : undefined
        if (where && holder) {
          this.add({ type: where.capital ? 'place' : 'country', from: end + 1, to: where.end, nameFrom: end + 1, nameTo: where.end, group: where.group })
          personFrom = holder.from
          personTo = holder.to
          k = where.end
        }
      }
    }
    if (personFrom >= 0) {
      this.roles.push({ title: title.title, single: title.single, descriptor, labelFrom: i, labelTo: personFrom, personFrom, personTo, ...(country ? { country } : {}), appositive: false, ...(guessed ? { guessed } : {}) })
      this.add({ type: 'person', from: personFrom, to: personTo, nameFrom: personFrom, nameTo: personTo })
      return personTo
    }
    // No name after the title: "Đại tướng Võ Nguyên Giáp, Tổng Tư lệnh Quân đội Nhân dân Việt Nam, …".
    const beforeComma = tokens[i - 1]?.text === ','
    const person = beforeComma ? this.mentions.slice(0, mentionsBefore).reverse().find((m) => m.to === i - 1) : undefined
    const after = tokens[k]
    const closes = !after || after.type === 'punct' || isLowerWord(after)
    // "Chủ tịch nước Trần Đức Lương, Phó chủ tịch Quốc hội, Phó Thủ tướng, …": offices listed one after
    // another are guests of their own, not the name before them.
    const listed = after?.text === ',' && !!this.d.titles.match(tokens, k + 1)
    if (person && (person.type === 'person' || person.type === 'name') && closes && !listed && k > titleEnd) {
      person.type = 'person'
      this.roles.push({ title: title.title, single: title.single, descriptor, labelFrom: i, labelTo: k, personFrom: person.nameFrom, personTo: person.nameTo, ...(country ? { country } : {}), appositive: true })
    }
    return Math.max(k, titleEnd)
  }

  /** After a body's name that ended in lower case: up to three lower-case words, then place words and a person. */
  resumedBody(at: number): { personFrom: number; personTo: number } | undefined {
    const tokens = this.tokens
    let g = at
    while (g < at + 3 && isLowerWord(tokens[g]) && tokens[g]!.syllable && !isStopWord(tokens[g])) g++
    if (g === at || !tokens[g]?.cap) return undefined
    const end = this.nameRun(g, true)
    const after = tokens[end]
    if (end - g < 3 || !(!after || after.type === 'punct' || isLowerWord(after))) return undefined
    const p = this.personTail(g, end)
    return p !== undefined ? { personFrom: p, personTo: end } : undefined
  }

  /** "nhà thơ", "nhà thiên văn học": a trade, then perhaps "người Mỹ", then a name. */
  profession(i: number): { end: number } | undefined {
    const tokens = this.tokens
    const known = this.d.professions.match(tokens, i)
    if (known) {
      // "nhà thiên văn học": a known trade may go on to a field ending in "học".
      for (let j = known.end; j < Math.min(tokens.length, known.end + 3); j++) {
        if (!isLowerWord(tokens[j])) break
        if ((tokens[j] as Token).key === K('học')) return { end: j + 1 }
      }
      return known
    }
    if (tokens[i]?.key !== K('nhà')) return undefined
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      if (!isLowerWord(tokens[j])) return undefined
      if ((tokens[j] as Token).key === K('học') && j > i + 1) return { end: j + 1 }
    }
    return undefined
  }

  read(): void {
    const tokens = this.tokens
    const d = this.d
    let i = 0
    while (i < tokens.length) {
      const t = tokens[i] as Token
      if (t.type === 'punct' || t.type === 'number') {
        i++
        continue
      }
      const title = d.titles.match(tokens, i)
      // "nhiều tướng Minh", "các tướng Minh": many holders of a title are no named holder.
      if (title && !t.cap && PLURAL_BEFORE.has(tokens[i - 1]?.key ?? '')) {
        i = title.end
        continue
      }
      if (title && (t.cap || !isInitial(tokens, i))) {
        // "cựu Tổng thống Mỹ Barack Obama": a former holder; the label keeps "cựu", and there are many.
        const former = FORMER.has(tokens[i - 1]?.key ?? '') ? i - 1 : i
        i = this.role(former, former < i ? { title: title.value.title, single: false } : title.value, title.end, false)
        continue
      }
      const trade = this.profession(i)
      if (trade) {
        i = this.role(i, { title: '', single: false }, trade.end, true)
        continue
      }
      const marker = d.personMarkers.match(tokens, i)
      if (marker) {
        let j = marker.end
        while (tokens[j]?.text === '.') j++
        const end = this.nameRun(j, true)
        const person = this.personRun(j, end)
        if (person) {
          this.add({ type: 'person', from: i, to: end, nameFrom: j, nameTo: end })
          i = end
          continue
        }
        i = marker.end
        continue
      }
      const org = t.cap ? d.organisationHeads.match(tokens, i) : undefined
      if (org) {
        const end = this.organisationTail(org.end)
        if (end > org.end) {
          this.add({ type: 'organisation', from: i, to: end, nameFrom: i, nameTo: end })
          i = end
          continue
        }
      }
      const standalone = t.cap ? d.standaloneOrganisations.match(tokens, i) : undefined
      if (standalone) {
        this.add({ type: 'organisation', from: i, to: standalone.end, nameFrom: i, nameTo: standalone.end })
        i = standalone.end
        continue
      }
      const event = t.cap ? d.eventHeads.match(tokens, i) : undefined
      if (event) {
        const end = this.organisationTail(event.end, true)
        if (end > event.end) {
          this.add({ type: 'event', from: i, to: end, nameFrom: i, nameTo: end })
          i = end
          continue
        }
      }
      // A head word with no name after it ("Đại hội đồng", "Chiến dịch diễn ra") is an ordinary phrase.
      const bareHead = event ?? (standalone ? undefined : org)
      const after = tokens[bareHead?.end ?? -1]
      if (bareHead && bareHead.end - i >= 2 && isLowerWord(after) && !isStopWord(after)) {
        i = bareHead.end
        continue
      }
      const prefix = d.placePrefixes.match(tokens, i)
      if (prefix) {
        let j = prefix.end
        while (tokens[j]?.text === '.') j++
        // "đồng bằng sông Cửu Long": a prefix may be followed by another.
        const inner = isLowerWord(tokens[j]) ? d.placePrefixes.match(tokens, j) : undefined
        const nameStart = inner && tokens[inner.end]?.cap ? inner.end : j
        // A capitalised prefix inside a sentence is part of the name: "Biển Đông", "Đồng bằng sông Cửu Long";
        // the rest of such a name is written like a body's ("Sân vận động Quốc gia Mỹ Đình").
        const whole = (t.cap && !isInitial(tokens, i)) || NAME_PREFIXES.has(t.key)
        const end = !tokens[nameStart]?.cap ? nameStart : whole && !inner ? this.organisationTail(nameStart, false, false) : this.nameRun(nameStart)
        if (end > nameStart) {
          const country = this.leadingCountry(nameStart, end)
          if (country && country.end === end && !country.capital) {
            this.add({ type: 'country', from: i, to: end, nameFrom: nameStart, nameTo: end, group: country.group })
          } else {
            this.add({
              type: 'place', from: i, to: end, nameFrom: whole || inner ? i : nameStart, nameTo: end,
              placeKind: prefix.value, ...(country ? { group: country.group } : {}),
            })
          }
          i = end
          continue
        }
      }
      if (this.nameable(i) || (t.acronym && t.cap)) {
        const end = t.acronym && !tokens[i + 1]?.cap ? i + 1 : this.nameRun(i)
        const glued = end > i ? this.gluedAfterCountry(i, end) : undefined
        if (glued !== undefined) {
          const country = this.leadingCountry(i, glued)!
          this.add({ type: 'country', from: i, to: glued, nameFrom: i, nameTo: glued, group: country.group })
          this.add({ type: 'name', from: glued, to: end, nameFrom: glued, nameTo: end })
          i = end
          continue
        }
        if (end > i) {
          const country = this.leadingCountry(i, end)
          if (country && country.end === end) {
            this.add({
              type: country.capital ? 'place' : 'country', from: i, to: end, nameFrom: i, nameTo: end, group: country.group,
              ...(country.capital ? { placeKind: 'city' as const } : {}),
            })
          } else {
            this.add({ type: t.acronym && end === i + 1 ? 'acronym' : 'name', from: i, to: end, nameFrom: i, nameTo: end })
          }
          i = end
          continue
        }
      }
      i++
    }
    this.mentions.sort((a, b) => a.from - b.from || b.to - a.to)
  }
}

function quotedTokens(tokens: readonly Token[]): boolean[] {
  const out: boolean[] = []
  let inside = false
  for (const t of tokens) {
    if (t.text === '“' || t.text === '«') {
      inside = true
      out.push(true)
    } else if (t.text === '”' || t.text === '»') {
      out.push(true)
      inside = false
    } else if (t.text === '"') {
      out.push(true)
      inside = !inside
    } else {
      out.push(inside)
    }
  }
  return out
}

/** Tokenises every sentence; the case evidence needs all of them before any is read. */
export function tokenizeAll(sentences: readonly GeneratedSentence[]): { sentence: GeneratedSentence; tokens: Token[] }[] {
  return sentences.map((sentence) => ({ sentence, tokens: tokenize(sentence.text) }))
}

/** Reads one sentence. */
export function analyseSentence(sentence: GeneratedSentence, tokens: Token[], evidence: CaseEvidence): Analysis {
  const reader = new SentenceReader(tokens, evidence)
  reader.read()
  const words = tokens.filter((t) => t.type !== 'punct').length
  const first = tokens.findIndex((t) => t.type === 'word')
  // A name, an acronym or a title ("Thống đốc Ngân hàng …") keeps its capital inside a question.
  const startsCommon = first >= 0 && !reader.mentions.some((m) => m.nameFrom === first && m.type !== 'acronym') &&
    !(tokens[first] as Token).acronym && !reader.roles.some((r) => r.labelFrom === first && !r.descriptor && r.single)
  return {
    sentence,
    tokens,
    mentions: reader.mentions,
    roles: reader.roles,
    quoted: quotedTokens(tokens),
    startsCommon,
    usable: !sentence.heading && !/[?？]["”»)]?$/u.test(sentence.text) && words >= 4,
  }
}

