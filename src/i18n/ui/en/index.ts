/**
 * The English interface strings: the reference dictionary. Every other locale `satisfies` its
 * type, so a missing or extra key is a type error; tests/unit/dictionary.test.ts checks it at run
 * time too. `{name}` marks a value filled in by `format()`; `{ one, other }` objects are plural
 * forms chosen with Intl.PluralRules.
 *
 * Each locale is a folder: index.ts holds the site's own strings, and each interactive feature
 * keeps its section in a file of its own beside it (e.g. quiz.ts), imported here as one key.
 */
import quiz from './quiz.ts';
import builders from './builders.ts';
import worksheet from './worksheet.ts';
import figures from './figures.ts';
import saved from './saved.ts';

const en = {
  site: {
    name: 'Connector',
    tagline: 'Networking you can do today',
    description:
      'Short lessons, scenario quizzes and message builders for professional networking: leave with a message you can send today.',
  },
  a11y: {
    skipLink: 'Skip to content',
    mainNav: 'Main',
    breadcrumb: 'You are here',
  },
  nav: {
    home: 'Lessons',
    start: 'Start here',
    glossary: 'Glossary',
    search: 'Search',
    menu: 'Menu',
  },
  language: {
    label: 'Language',
    chooserTitle: 'Choose your language',
    chooserLead: 'Connector is a guide to professional networking in four languages.',
    continueIn: 'Continue in English',
    suggested: 'Suggested for you',
  },
  theme: {
    label: 'Colour theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  search: {
    label: 'Search the guide',
    placeholder: 'Search',
    shortcut: 'Press / to search',
    submit: 'Search',
    loading: 'Loading search…',
    results: { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
    noResults: 'Nothing found for “{query}”. Try a shorter or different word.',
    failed: 'Search could not be loaded. Reload the page to try again.',
    needsScript: 'Search runs in your browser and needs JavaScript. Every lesson is listed on the home page.',
    pageTitle: 'Search',
    pageLead: 'Search the lessons, the tools, the quizzes and the glossary.',
    pageTitleWithQuery: 'Search: {query}',
    close: 'Close search results',
    allResults: 'All results for “{query}”',
    /** What kind of page a result is, shown beside its title. */
    kinds: { lesson: 'Lesson', tool: 'Tool', quiz: 'Quiz', glossary: 'Glossary', start: 'Start here' },
  },
  lesson: {
    readingTime: { one: '{count} minute read', other: '{count} minutes read' },
    updated: 'Updated {date}',
    position: 'Lesson {n} of {total}',
    toc: 'On this page',
    takeaways: 'Key takeaways',
    sources: 'Sources',
    sourceLine: 'Article {article}, in {language}',
    sourceAfter: 'based on {outlet}',
    sourcesNote: 'This lesson is our own writing, drawn from the advice in the article above.',
    previous: 'Previous lesson',
    next: 'Next lesson',
    pagination: 'More lessons',
    practise: 'Practise it',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the text and copy it by hand.',
    exampleLabel: 'Example message',
    ours: 'Our addition',
    tip: 'Tip',
  },
  home: {
    title: 'Networking you can do today',
    lead: 'Five short lessons on introductions, meetings, reconnecting, contact requests and the connector mindset. Each ends with words you can use and a tool to practise with.',
    curriculum: 'The lessons',
    tools: 'Practise with the tools',
    start: 'New here? Start with the guide to the guide',
    comingSoon: 'Coming soon',
  },
  tools: {
    'intro-quiz': {
      name: 'Introduction decisions quiz',
      description: 'Someone offers to introduce you. Accept, postpone or decline?',
    },
    'intro-reply': {
      name: 'Introduction reply builder',
      description: 'Write your answer to an offered introduction in a minute.',
    },
    worksheet: {
      name: 'Meeting goal worksheet',
      description: 'Plan a networking meeting and leave with a brief and a message.',
    },
    reconnect: {
      name: 'Reconnection email builder',
      description: 'Write to someone you have not spoken to in years.',
    },
    'contact-request': {
      name: 'Contact request composer',
      description: 'A request of 300 characters or fewer that says why.',
    },
  },
  glossary: {
    title: 'Glossary',
    description: 'The key terms of the guide, in plain words.',
  },
  notFound: {
    title: 'Page not found',
    message: 'There is no page at this address. It may have moved, or the link may have a typo.',
    home: 'Go to the lessons',
  },
  footer: {
    privacy: 'No account, no cookies, no tracking: what you type stays in your browser.',
  },
  offline: {
    ready: 'Available offline: the English guide is now saved on this device.',
    updated: 'Connector has been updated.',
    reload: 'Reload',
  },
  quiz,
  figures,
  builders,
  worksheet,
  saved,
};

export type UIStrings = typeof en;
export default en;
