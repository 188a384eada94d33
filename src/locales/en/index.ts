/** Every English message area, as one chunk loaded when English is chosen. */
import app from './app.json'
import article from './article.json'
import decks from './decks.json'
import install from './install.json'
import progress from './progress.json'
import pwa from './pwa.json'
import question from './question.json'
import settings from './settings.json'
import study from './study.json'

export default { ...app, ...article, ...decks, ...install, ...progress, ...pwa, ...question, ...settings, ...study }
