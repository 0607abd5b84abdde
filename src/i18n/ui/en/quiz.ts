/**
 * The quizzes' strings (English, the reference): the quizzes page, the quiz pages, the quiz at the
 * end of each lesson, and `island`, the only part the quiz island receives as props. `{name}` is
 * filled in by `format()`.
 */
export default {
  nav: 'Quizzes',
  page: {
    title: 'Quizzes',
    description:
      'Short, concrete situations: choose what you would do and read why. One quiz per decision and one per lesson.',
    lead: 'Each question is a short situation. Choose what you would do, and every answer tells you why it fits or not. Your best score stays in this browser.',
    questions: { one: '{count} question', other: '{count} questions' },
    best: 'Your best: {score} of {total}',
    lesson: 'Practises the lesson “{title}”',
    atEnd: 'At the end of the lesson “{title}”',
    all: 'All quizzes',
  },
  lessonQuiz: 'Check yourself',
  more: 'More practice:',
  noScript:
    'Open each answer to read why it fits or not. With JavaScript on, the quiz takes you through the questions one at a time and keeps your score.',
  island: {
    progress: 'Question {n} of {total}',
    check: 'Check my answer',
    next: 'Next question',
    finish: 'See my result',
    chooseFirst: 'Choose one of the answers first.',
    best: 'Best choice.',
    notBest: 'Not the best choice.',
    yourAnswer: 'Your answer: {label}',
    bestAnswer: 'Best choice: {label}',
    readMore: 'In the lesson: {section}',
    resultTitle: 'Your result',
    result: 'You picked the best choice in {score} of {total} questions.',
    bestSoFar: 'Your best so far: {score} of {total}.',
    reviewTitle: 'Your answers, one by one',
    retry: 'Try again, with the answers in a new order',
    repliesTitle: 'Your reply, ready to send',
    repliesLead:
      'Each decision written out as a reply to {introducer}, who offered in the last situation to introduce you to {contact}.',
    fitsLast: 'Fits the last situation',
    builder: 'Adjust it in the reply builder',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the text and copy it by hand.',
    storageFull:
      'This browser’s storage is full, so your latest answers could not be saved. They last only while the page is open.',
    storageUnavailable:
      'This browser is not letting the page save anything, so your progress lasts only while the page is open.',
  },
};
