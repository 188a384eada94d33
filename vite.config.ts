import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { bankIndex } from './scripts/bank-index-plugin.ts'
import { screenPages } from './scripts/screen-pages-plugin.ts'
import { mirrorBucket } from './scripts/mirror-bucket-plugin.ts'
import { VitePWA } from 'vite-plugin-pwa'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

/** APP_VERSION lets a test build two versions of the same code and watch the update flow between them. */
const APP_VERSION = process.env.APP_VERSION ?? pkg.version

export const THEME_COLOR = '#0f5f5c'

/**
 * The content security policy lives once, in index.html's `<meta http-equiv>`, so it travels with the files to
 * any static host. The preview server repeats it as a header and adds `frame-ancestors`, which a meta tag cannot carry.
 */
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/
const indexHtml = readFileSync(new URL('./index.html', import.meta.url), 'utf8')
const CSP = indexHtml.match(CSP_META)?.[1]
if (!CSP) throw new Error('index.html must carry a <meta http-equiv="Content-Security-Policy"> tag')

const securityHeaders = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
}

/** The dev server injects CSS as inline `<style>` tags, which `style-src 'self'` forbids: the policy is for builds. */
const cspOnlyInBuilds: Plugin = {
  name: 'csp-only-in-builds',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(CSP_META, ''),
}

export default defineConfig({
  plugins: [
    vue(),
    bankIndex(new URL('./questions/bank.json', import.meta.url)),
    cspOnlyInBuilds,
    mirrorBucket(fileURLToPath(new URL('./src/sync/mirror-bucket.ts', import.meta.url))),
    screenPages({
      root: new URL('./', import.meta.url),
      // Every route of src/router.ts but home, with the view it loads (tests/e2e/pwa/screen-pages.spec.ts checks both).
      screens: {
        review: 'src/views/ReviewView.vue',
        flashcards: 'src/views/FlashcardsView.vue',
        quiz: 'src/views/QuizView.vue',
        article: 'src/views/ArticleView.vue',
        progress: 'src/views/ProgressView.vue',
        settings: 'src/views/SettingsView.vue',
      },
      // What src/main.ts starts loading with the view when the app opens on any screen but home.
      everyScreen: ['questions/bank.json', 'src/domain/bank/index.ts', 'src/locales/vi/lazy.ts'],
      // The progress screen's charts need the whole log, which the repository reads with its rare operations.
      beforePaint: { progress: ['src/persistence/rare.ts'] },
    }),
    VitePWA({
      // The learner decides when a new version takes over: never a reload in the middle of a question.
      registerType: 'prompt',
      // Registered from src/composables/usePwa.ts, so no inline script is injected into index.html.
      injectRegister: false,
      // globPatterns below already take every public file (icons included); listing them again would add
      // duplicate precache entries.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Học bài báo: Hòa đàm Sochi và Nagorno-Karabakh',
        short_name: 'Học bài báo',
        description: 'Trắc nghiệm, thẻ ghi nhớ và lặp lại ngắt quãng cho từng dữ kiện của bài báo; học được cả khi không có mạng.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME_COLOR,
        background_color: '#f6f8f7',
        categories: ['education'],
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Made by scripts/make-screenshots.mjs from the built app; Chromium shows them in its richer install dialog.
        screenshots: [
          {
            src: 'screenshots/narrow.png', sizes: '780x1688', type: 'image/png', form_factor: 'narrow',
            label: 'Trang chủ trên điện thoại: việc cần ôn hôm nay, mục tiêu trong ngày và nút bắt đầu ôn tập',
          },
          {
            src: 'screenshots/wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide',
            label: 'Thẻ ghi nhớ trên máy tính: đáp án cùng câu gốc trong bài báo, và bốn mức tự chấm điểm',
          },
        ],
      },
      workbox: {
        // json: the question bank is imported into a lazily loaded chunk, and any data file must work offline too.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,txt}'],
        // Only the install dialog shows the screenshots; they would double the precache for nothing.
        globIgnores: ['**/screenshots/**'],
        // The first visit is controlled at once (offline right away); updates still wait for the learner.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // Every deep link (/quiz, /review, ...) opens the app shell offline...
        navigateFallback: 'index.html',
        // ...but a real file (an extension in the path, or under /assets or /screenshots) is never answered with HTML.
        // Workbox tests path and query together, hence the `[^?]*`: `/review?v=1.2` still opens the app.
        navigateFallbackDenylist: [/^\/(?:assets|screenshots)\//, /^[^?]*\/[^/?]*\.[^/?]+(?:\?.*)?$/],
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // Served as it is by the dev server too, so the mirror-bucket plugin above rewrites it there as in builds.
  optimizeDeps: { exclude: ['pouchdb-adapter-indexeddb'] },
  // The sync worker (src/sync/mirror.worker.ts) keeps PouchDB: its bundle needs the same rewrite.
  worker: { plugins: () => [mirrorBucket(fileURLToPath(new URL('./src/sync/mirror-bucket.ts', import.meta.url)))] },
  define: {
    __APP_VERSION__: JSON.stringify(APP_VERSION),
    // Every component uses <script setup>: the Options API's code would only weigh on the start.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules itself: no polyfill at the start.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything main.ts imports statically is one chunk. Left to itself, the bundler splits modules the
        // start already loads into shared chunks once enough lazy screens import them, and the extra files cost
        // the first screen about 3 KiB gzip (see docs/performance.md).
        codeSplitting: { groups: [{ name: 'start', test: /[\\/]src[\\/]main\.ts$/ }] },
      },
    },
  },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
})
