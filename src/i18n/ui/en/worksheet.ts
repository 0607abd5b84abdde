/**
 * The meeting goal worksheet (lesson 2's tool): the page, the questions, the brief, the message to
 * send before the meeting and the calendar reminder. The reference: de, fi and sv satisfy its type.
 *
 * The message templates are data: `{name}` is the person met, `{date}` a date as the locale writes
 * it. The reader's own sentences (how you know them, the goal, why now, what they could prepare)
 * follow our lines whole; in German the message says neither "du" nor "Sie", so it fits both.
 */
const worksheet = {
  lead: 'Plan a networking meeting in five minutes. Answer a few short questions and leave with a one-page brief to take along and the message to send before you meet.',
  privacy: 'Your answers are saved in this browser as you type, and nowhere else.',
  static: {
    needsScript:
      'The interactive worksheet needs JavaScript, which is switched off or has not loaded. Here are its questions as a checklist: print it and fill it in by hand.',
    title: 'The questions, as a checklist',
  },
  steps: {
    person: 'The person',
    goal: 'The goal',
    prepare: 'Preparation',
    follow: 'Give and follow up',
    result: 'Your brief',
  },
  progress: 'Steps',
  stepOf: 'Step {n} of {total}',
  optional: '(optional)',
  fields: {
    contact: {
      label: 'Who are you meeting?',
      hint: 'Their name as you would greet them, for example Kwame or Ms Owusu.',
    },
    how: {
      label: 'How do you know them?',
      hint: 'In a sentence you could write to them, e.g. “Aisha Mensah suggested I get in touch with you.” or “We met at the Nordic Design Fair in May.” It opens your message.',
    },
    meetingDate: {
      label: 'When do you meet?',
      hint: 'Leave it empty while the date is still open.',
    },
    askedBy: {
      label: 'Who asked for the meeting?',
      hint: 'This decides which message you send beforehand.',
      me: 'I asked for it',
      them: 'They invited me',
    },
    goalKind: {
      label: 'What kind of goal is it?',
      hint: 'Pick the closest one. It helps you word the goal below.',
    },
    knowWhy: {
      label: 'Why do you want to get to know them?',
      hint: 'Getting to know each other is a fine goal when you say why, in a sentence, e.g. “We both work on accessibility in banking apps.”',
    },
    goal: {
      label: 'Your goal in one sentence',
      hint: 'Write it as you would say it to them, for example: I’d love to hear how the graduate rotations at Harlow & Finch work in practice.',
    },
    whyNow: {
      label: 'Why meet now?',
      hint: 'A deadline or an event that makes the meeting timely, in a sentence, e.g. “Applications close on 15 March.”',
    },
    prepareMe: {
      label: 'What will you prepare?',
      hint: 'Notes, examples or documents to bring, and what to think through beforehand.',
    },
    prepareThem: {
      label: 'What could they prepare or think about?',
      hint: 'A question or a sentence for them, e.g. “What does the firm look for in graduates?” If you asked for the meeting, it goes into your message so they can come ready.',
    },
    questions: {
      label: 'The questions you want to ask',
      hint: 'One question per line, the most important first.',
    },
    offer: {
      label: 'What can you offer them in return?',
      hint: 'An introduction, an article, your notes, help with something they mentioned.',
    },
    followUpDate: {
      label: 'When will you follow up?',
      hint: 'The day you will thank them and say what you did with their advice. You can add it to your calendar.',
    },
    yourName: {
      label: 'Your name',
      hint: 'To sign the message.',
    },
  },
  kinds: {
    expert: 'Pick an expert’s brain about a challenge',
    project: 'Ideas for a new project',
    collaborate: 'Ways to work together',
    career: 'Learn about their career or company',
    know: 'Get to know each other, and say why',
    own: 'A goal of my own',
  },
  actions: {
    next: 'Next',
    back: 'Back',
    create: 'Create the brief',
    edit: 'Change my answers',
    print: 'Print the brief',
    markdown: 'Download as Markdown',
    text: 'Download as text',
    calendar: 'Download the reminder (.ics)',
    copy: 'Copy the message',
    reset: 'Use the suggested text again',
    undo: 'Undo',
  },
  errors: {
    title: 'There is a problem',
    prefix: 'Error:',
    contact: 'Enter the name of the person you are meeting',
    askedBy: 'Choose who asked for the meeting',
    goal: 'Write your goal in one sentence',
    tooLong: '“{field}” can be at most {max} characters long. It has {count} now.',
    followUpBefore: 'The follow-up date is before the meeting on {date}. Choose a later day.',
  },
  saving: {
    saved: 'Saved at {time}',
    unavailable:
      'This browser does not let the page save. Your answers stay here until you close the page: download the brief to keep it.',
    full: 'Could not save: this browser’s storage is full. Your answers stay here until you close the page: download the brief to keep it.',
    deletedElsewhere: '“{name}” was deleted in another tab.',
  },
  list: {
    title: 'Your worksheets ({count})',
    untitled: 'New worksheet',
    open: 'Open',
    current: 'Open now',
    duplicate: 'Duplicate',
    delete: 'Delete',
    changed: 'Changed {date}',
    added: 'New worksheet started.',
    duplicated: 'Copy of “{name}” added to the list.',
    deleted: 'Deleted “{name}”.',
    restored: 'Restored “{name}”.',
    clear: 'Delete all worksheets',
    confirm: {
      one: 'Delete {count} worksheet saved in this browser? You can undo it straight afterwards.',
      other: 'Delete all {count} worksheets saved in this browser? You can undo it straight afterwards.',
    },
    confirmYes: 'Yes, delete all',
    cancel: 'Cancel',
    cleared: 'All worksheets deleted.',
    restoredAll: 'All worksheets are back.',
  },
  result: {
    lead: 'Here is your brief. Print it or save it, and send the message below before you meet.',
    messageTitle: 'The message to send before the meeting',
    messageMe: 'You asked for the meeting, so say in a few lines why you hope to meet.',
    messageThem: 'You were invited, so ask whether there is anything you could prepare or think about.',
    messageLabel: 'Your message',
    messageHint: 'Edit it as you like: what you see here is what gets copied and kept.',
    edited: 'You have changed this message, so it no longer follows your answers.',
    copied: 'Copied. Paste it into your email or chat.',
    copyFailed: 'Could not copy. Select the text and copy it by hand.',
    resetDone: 'The suggested text is back.',
    calendarTitle: 'Follow-up reminder',
    calendarLead: 'An all-day reminder on {date}, for any calendar app.',
    calendarMissing: 'Choose a follow-up date in step 4 to get a calendar reminder.',
  },
  brief: {
    title: 'Meeting brief: {name}',
    meeting: 'Meeting',
    how: 'How we know each other',
    askedBy: 'Who asked',
    askedMe: 'I asked for the meeting',
    askedThem: '{name} invited me',
    goal: 'Goal',
    knowWhy: 'Why I want to get to know them',
    whyNow: 'Why now',
    prepareMe: 'I will prepare',
    prepareThem: 'They could prepare',
    questions: 'Questions to ask',
    offer: 'What I can offer',
    followUp: 'Follow-up',
    checkGoal: 'Before you part, check that the goal has been met.',
    checkFollowUp: 'On {date}, send a short follow-up: thank them and say what you will do with their advice.',
    checkFollowUpSoon: 'The next day, send a short follow-up: thank them and say what you will do with their advice.',
    file: 'meeting-brief',
  },
  message: {
    greeting: 'Hi {name},',
    askOpening: 'I hope you don’t mind me writing to you.',
    askDate: 'Would {date} suit you for half an hour, over a coffee or on a call?',
    askOpen:
      'Would you have half an hour for a coffee or a call in the next few weeks? I’m happy to fit around your diary.',
    askPrepare: 'If you have a moment before we meet, I’d be glad of your thoughts on one question.',
    invitedDate: 'Thank you for the invitation. I’m looking forward to our meeting on {date}.',
    invitedOpen: 'Thank you for the invitation. I’m looking forward to our meeting.',
    invitedPrepare:
      'Is there anything you’d like me to prepare or think about beforehand? I’d like to make the most of our time.',
    signOff: 'Best wishes,',
  },
  calendar: {
    summary: 'Follow up with {name}',
    description: 'Meeting goal: {text}',
    reminder: 'Thank them and say what you will do with their advice.',
    file: 'follow-up',
  },
};

export default worksheet;
