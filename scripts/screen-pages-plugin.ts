import { fileURLToPath } from 'node:url'
import type { Plugin, Rolldown } from 'vite'

type OutputBundle = Rolldown.OutputBundle
type OutputChunk = Rolldown.OutputChunk

export interface ScreenPagesOptions {
  /** Screen name (its URL path without the slash) → the view module its route loads lazily, relative to `root`. */
  screens: Record<string, string>
  /** Modules the app starts loading for every screen but home (src/main.ts), relative to `root`. */
  everyScreen: readonly string[]
  /** Per screen, modules its first screen loads on demand before it is painted (a dynamic import), relative to `root`. */
  beforePaint?: Record<string, readonly string[]>
  /** The project folder, as a file URL. */
  root: URL
}

const chunks = (bundle: OutputBundle) => Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk')

/** A chunk and every chunk it imports statically, in load order. */
function withStaticImports(bundle: OutputBundle, fileName: string, into: Set<string>): Set<string> {
  if (into.has(fileName)) return into
  into.add(fileName)
  const chunk = bundle[fileName]
  if (chunk?.type === 'chunk') for (const dep of chunk.imports) withStaticImports(bundle, dep, into)
  return into
}

/**
 * One HTML page per screen (`review.html`, `quiz.html`, …): index.html plus `modulepreload` hints for the chunks
 * that screen needs before its first paint, and `preload` hints for its styles. A learner who opens a link to a
 * study screen then fetches everything in one round trip after the page, instead of waiting for the start chunks
 * to run before the screen's own chunks are even requested. Static hosts and `vite preview` serve `/review` from
 * `review.html`, and the service worker's precache does the same offline (Workbox's clean URLs); any other path
 * still falls back to index.html, which works for every screen.
 */
export function screenPages({ screens, everyScreen, beforePaint = {}, root }: ScreenPagesOptions): Plugin {
  const path = (relative: string) => fileURLToPath(new URL(relative, root))
  return {
    name: 'screen-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html']
      if (index?.type !== 'asset' || typeof index.source !== 'string') throw new Error('screen-pages: no index.html in the bundle')
      const html = index.source
      // The chunk index.html's module script loads (the entry, or the chunk the entry was merged into).
      const script = /<script type="module"[^>]*\ssrc="\/([^"]+)"/.exec(html)?.[1]
      const entry = chunks(bundle).find((chunk) => chunk.fileName === script) ?? chunks(bundle).find((chunk) => chunk.isEntry)
      if (!entry) throw new Error('screen-pages: no entry chunk')
      const atStart = withStaticImports(bundle, entry.fileName, new Set())

      const chunkOf = (relative: string) => {
        const id = path(relative)
        const found = chunks(bundle).find((chunk) => chunk.facadeModuleId === id) ?? chunks(bundle).find((chunk) => chunk.moduleIds.includes(id))
        if (!found) throw new Error(`screen-pages: no chunk holds ${relative}`)
        return found.fileName
      }
      const shared = everyScreen.map(chunkOf)

      for (const [screen, view] of Object.entries(screens)) {
        const needed = new Set<string>()
        for (const fileName of [chunkOf(view), ...shared, ...(beforePaint[screen] ?? []).map(chunkOf)]) withStaticImports(bundle, fileName, needed)
        const scripts = [...needed].filter((fileName) => !atStart.has(fileName))
        const styles = scripts.flatMap((fileName) => {
          const chunk = bundle[fileName] as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }
          return [...(chunk.viteMetadata?.importedCss ?? [])]
        })
        const hints = [
          ...scripts.map((fileName) => `<link rel="modulepreload" crossorigin href="/${fileName}">`),
          ...styles.map((fileName) => `<link rel="preload" as="style" crossorigin href="/${fileName}">`),
        ]
        if (!html.includes('</head>')) throw new Error('screen-pages: index.html has no </head>')
        this.emitFile({ type: 'asset', fileName: `${screen}.html`, source: html.replace('</head>', `  ${hints.join('\n  ')}\n</head>`) })
      }
    },
  }
}
