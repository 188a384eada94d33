/**
 * Turning what a learner pastes or opens into the plain text the generator reads.
 *
 * Every function here is a single pass over its input (no backtracking regular expressions over the
 * whole text), so a hostile or huge page costs time in proportion to its size and no more.
 */
import type { SourceFormat } from './types'

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g
const WIDE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g
// C0 and C1 controls except tab and line feed (carriage returns are handled before).
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/**
 * The text every quote of a deck is a substring of: NFC, \n line ends, ordinary spaces, no invisible
 * characters. Plain text that is already NFC with \n line ends comes out unchanged.
 *
 * @example prepareText('Hoa\u0300 bi\u0300nh\r\n') === 'Hòa bình\n'
 */
export function prepareText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(WIDE_SPACES, ' ')
    .replace(CONTROLS, ' ')
    .normalize('NFC')
}

/** Length in UTF-8 bytes, without building the encoded string. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** Named entities a saved page uses for punctuation and Vietnamese letters; numeric ones are decoded too. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bull: '•', middot: '·', copy: '©',
  reg: '®', deg: '°', times: '×', shy: '', zwj: '', zwnj: '', thinsp: ' ', ensp: ' ', emsp: ' ',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', abreve: 'ă', egrave: 'è', eacute: 'é', ecirc: 'ê',
  igrave: 'ì', iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú',
  yacute: 'ý', dstrok: 'đ', Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Abreve: 'Ă', Egrave: 'È',
  Eacute: 'É', Ecirc: 'Ê', Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ',
  Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý', Dstrok: 'Đ',
}

/** Decodes `&name;`, `&#123;` and `&#x1F;`; an unknown or malformed entity is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      return valid ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[body] ?? whole
  })
}

/** Elements whose content is not text for a reader. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'textarea', 'select', 'button', 'nav', 'figure'])

/** Elements that start a new line of text. */
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section',
  'article', 'header', 'footer', 'aside', 'main', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'hr', 'figcaption',
  'address', 'caption', 'title', 'body', 'html',
])

/** Lower-cases A–Z only, so offsets stay those of the original ("İ" would grow under toLowerCase). */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase())
}

function tagName(html: string, at: number): { name: string; end: number } {
  let i = at
  while (i < html.length && /[a-zA-Z0-9-]/.test(html[i] as string)) i++
  return { name: html.slice(at, i).toLowerCase(), end: i }
}

/**
 * Collapses spaces inside each line and trims lines. Markdown keeps one empty line between paragraphs;
 * in HTML every block is a paragraph already, so empty lines go.
 */
function tidyLines(text: string, keepEmpty: boolean): string {
  const out: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[ \t\u00a0]+/g, ' ').trim()
    if (line === '' && (!keepEmpty || out.length === 0 || out[out.length - 1] === '')) continue
    out.push(line)
  }
  while (out.length && out[out.length - 1] === '') out.pop()
  return out.join('\n')
}

/** Elements that are never the article: a page's footer, side boxes (related links, comments, ads). */
const OUTSIDE = new Set(['footer', 'aside'])
/** ARIA roles of the same: menus, side boxes, the page's footer (copyright, licence numbers). */
const OUTSIDE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search'])

/** The value of `role` in a tag's attributes, lower-cased. */
function roleOf(attributes: string): string | undefined {
  const m = /(?:^|\s)role\s*=\s*["']?([a-zA-Z ]+)/.exec(attributes)
  return m ? (m[1] as string).trim().split(/\s+/)[0]?.toLowerCase() : undefined
}

/** A tag name ends here: "<article>" and "<article class>" but not "<articles>". */
function nameEnds(lower: string, at: number): boolean {
  const c = lower[at]
  return c === undefined || c === '>' || c === '/' || c === ' ' || c === '\n' || c === '\t' || c === '\r'
}

/** Just after the close tag that matches an element `name` opened before `from` (nested ones counted). */
function afterClose(lower: string, name: string, from: number): number {
  const n = lower.length
  let depth = 1
  let k = from
  let open = -2
  while (depth > 0) {
    const close = lower.indexOf(`</${name}`, k)
    if (close === -1) return n
    if (open !== -1 && open < k) open = lower.indexOf(`<${name}`, k)
    if (open !== -1 && open < close) {
      if (nameEnds(lower, open + 1 + name.length)) depth++
      k = open + 1 + name.length
      continue
    }
    if (nameEnds(lower, close + 2 + name.length)) depth--
    k = close + 2 + name.length
  }
  return lower.indexOf('>', k) + 1 || n
}

/**
 * A saved web page as text: scripts, styles and comments dropped, tags removed, block elements
 * (paragraphs, headings, list items, cells) on lines of their own, entities decoded. Menus, side boxes
 * and footers (`nav`, `aside`, `footer`, and elements whose role is navigation, complementary or
 * contentinfo) are left out; where the page has an `article` element, only its text is kept (the longest,
 * if there are several), or failing that a `main` element's.
 *
 * @example htmlToText('<p>Hà&nbsp;Nội</p><script>x()</script><p>Huế</p>') === 'Hà Nội\nHuế'
 */
export function htmlToText(html: string): string {
  let out = ''
  const articles: string[] = []
  let article: string | undefined
  let articleDepth = 0
  let main: string | undefined
  let mainDepth = 0
  let mainDone: string | undefined
  const emit = (text: string) => {
    out += text
    if (article !== undefined) article += text
    if (main !== undefined) main += text
  }
  let i = 0
  const n = html.length
  let lower: string | undefined
  while (i < n) {
    const lt = html.indexOf('<', i)
    if (lt === -1) {
      emit(html.slice(i))
      break
    }
    emit(html.slice(i, lt))
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4)
      i = close === -1 ? n : close + 3
      continue
    }
    const closing = html[lt + 1] === '/'
    const { name, end } = tagName(html, lt + (closing ? 2 : 1))
    if (name === '') {
      // "<" that opens no tag ("a < b", "<!DOCTYPE", "<?xml"): a declaration is skipped, a lone "<" kept.
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const close = html.indexOf('>', lt)
        i = close === -1 ? n : close + 1
      } else {
        emit('<')
        i = lt + 1
      }
      continue
    }
    const gt = html.indexOf('>', end)
    if (gt === -1) break
    i = gt + 1
    const selfClosing = html[gt - 1] === '/'
    if (!closing && SKIPPED.has(name) && !selfClosing) {
      lower ??= asciiLower(html)
      const close = lower.indexOf(`</${name}`, i)
      i = close === -1 ? n : (html.indexOf('>', close) + 1 || n)
      continue
    }
    if (!closing && !selfClosing && (OUTSIDE.has(name) || OUTSIDE_ROLES.has(roleOf(html.slice(end, gt)) ?? ''))) {
      lower ??= asciiLower(html)
      i = afterClose(lower, name, i)
      emit('\n')
      continue
    }
    if (name === 'article' && !selfClosing) {
      if (!closing && articleDepth++ === 0) article = ''
      else if (closing && articleDepth > 0 && --articleDepth === 0 && article !== undefined) {
        articles.push(article)
        article = undefined
      }
    } else if (name === 'main' && !selfClosing) {
      if (!closing && mainDepth++ === 0) main = ''
      else if (closing && mainDepth > 0 && --mainDepth === 0 && main !== undefined) {
        mainDone ??= main
        main = undefined
      }
    }
    if (BLOCKS.has(name)) emit('\n')
    else if (name === 'td' || name === 'th') emit(' ')
  }
  // An article left open at the end of a truncated page still counts.
  if (article !== undefined) articles.push(article)
  const best = articles.map((a) => tidyLines(decodeEntities(a), false)).reduce<string | undefined>((a, b) => (a === undefined || b.length > a.length ? b : a), undefined)
  if (best) return best
  const inMain = mainDone ?? main
  if (inMain !== undefined) {
    const text = tidyLines(decodeEntities(inMain), false)
    if (text) return text
  }
  return tidyLines(decodeEntities(out), false)
}

/** The title of a saved page, for the deck's default title. */
export function htmlTitle(html: string): string {
  const lower = asciiLower(html.slice(0, 100_000))
  const open = lower.indexOf('<title')
  if (open === -1) return ''
  const start = lower.indexOf('>', open)
  const end = lower.indexOf('</title', start)
  if (start === -1 || end === -1) return ''
  return decodeEntities(html.slice(start + 1, end)).replace(/\s+/g, ' ').trim()
}

const MD_RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/
const MD_TABLE_RULE = /^\s*\|?\s*:?-{2,}/

/** Inline Markdown: links and images, emphasis marks, code spans, raw tags. */
function markdownInline(line: string): string {
  return line
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1')
    .replace(/<[^<>\n]{1,200}>/g, '')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/(^|[\s(])[*_~]{1,3}(?=\S)/g, '$1')
    .replace(/(\S)[*_~]{1,3}(?=[\s).,;:!?]|$)/g, '$1')
}

/**
 * A Markdown file as text: headings, list items and table rows on lines of their own, marks removed,
 * code blocks and link targets dropped.
 *
 * @example markdownToText('# Huế\n\n- **Cố đô** của [Việt Nam](https://x)') === 'Huế\n\nCố đô của Việt Nam'
 */
export function markdownToText(md: string): string {
  const out: string[] = []
  let fence = false
  for (const raw of md.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      fence = !fence
      continue
    }
    if (fence || MD_RULE.test(raw) || MD_TABLE_RULE.test(raw) || /^\s{0,3}\[[^\]]+\]:\s/.test(raw)) continue
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*([-*+•]|\d{1,3}[.)])\s+/, '')
    if (line.includes('|')) line = line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').replace(/\s*\|\s*/g, ' ')
    out.push(markdownInline(line))
  }
  return tidyLines(decodeEntities(out.join('\n')), true)
}

/** The source in the given format as plain text (not yet prepared: see prepareText). */
export function toPlainText(source: string, format: SourceFormat = 'text'): string {
  if (format === 'html') return htmlToText(source)
  if (format === 'markdown') return markdownToText(source)
  return source
}
