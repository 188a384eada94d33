import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

export const THEME_COLOR = '#0f5f5c'

export default defineConfig({
  plugins: [
    vue(),
    VitePWA({
      // The learner decides when a new version takes over: never a reload in the middle of a question.
      registerType: 'prompt',
      // Registered from src/composables/usePwa.ts, so no inline script is injected into index.html.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'apple-touch-icon-180x180.png'],
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
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt,json}'],
        // The first visit is controlled at once (offline right away); updates still wait for the learner.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
})
