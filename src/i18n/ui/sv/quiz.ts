import type { UIStrings } from '../en/index.ts';

export default {
  nav: 'Quiz',
  page: {
    title: 'Quiz',
    description:
      'Korta, konkreta situationer: välj vad du skulle göra och läs varför. Ett quiz per beslut och ett per lektion.',
    lead: 'Varje fråga är en kort situation. Välj vad du skulle göra, så får du veta varför svaret passar eller inte. Ditt bästa resultat sparas i den här webbläsaren.',
    questions: { one: '{count} fråga', other: '{count} frågor' },
    best: 'Ditt bästa: {score} av {total}',
    lesson: 'Övar lektionen ”{title}”',
    atEnd: 'I slutet av lektionen ”{title}”',
    all: 'Alla quiz',
  },
  lessonQuiz: 'Testa dig själv',
  more: 'Mer att öva på:',
  noScript:
    'Fäll ut varje svar för att läsa varför det passar eller inte. Med JavaScript påslaget tar quizet dig igenom en fråga i taget och håller reda på ditt resultat.',
  island: {
    progress: 'Fråga {n} av {total}',
    check: 'Kontrollera svaret',
    next: 'Nästa fråga',
    finish: 'Visa resultatet',
    chooseFirst: 'Välj ett av svaren först.',
    best: 'Bästa valet.',
    notBest: 'Inte det bästa valet.',
    yourAnswer: 'Ditt svar: {label}',
    bestAnswer: 'Bästa valet: {label}',
    readMore: 'I lektionen: {section}',
    resultTitle: 'Ditt resultat',
    result: 'Du valde det bästa svaret på {score} av {total} frågor.',
    bestSoFar: 'Ditt bästa resultat hittills: {score} av {total}.',
    reviewTitle: 'Dina svar, ett i taget',
    retry: 'Försök igen, med svaren i ny ordning',
    repliesTitle: 'Ditt svar, klart att skicka',
    repliesLead:
      'Varje beslut skrivet som ett svar till {introducer}, som i den sista situationen erbjöd sig att introducera dig för {contact}.',
    fitsLast: 'Passar den sista situationen',
    builder: 'Justera det i svarsbyggaren',
    copy: 'Kopiera',
    copied: 'Kopierat',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den för hand.',
    storageFull:
      'Webbläsarens lagring är full, så dina senaste svar gick inte att spara. De finns bara kvar så länge sidan är öppen.',
    storageUnavailable:
      'Den här webbläsaren låter inte sidan spara något, så dina framsteg finns bara kvar så länge sidan är öppen.',
  },
} satisfies UIStrings['quiz'];
