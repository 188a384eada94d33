/** The Vietnamese message areas the first screen does not need, as one chunk loaded with the first other screen. */
import article from './article.json'
import decks from './decks.json'
import install from './install.json'
import progress from './progress.json'
import question from './question.json'
import settings from './settings.json'
import study from './study.json'

export default { ...article, ...decks, ...install, ...progress, ...question, ...settings, ...study }
