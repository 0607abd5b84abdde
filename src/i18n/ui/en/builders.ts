/**
 * The message builders' interface strings (English, the reference). `common` is shared by the
 * three builders; each builder has its questions (`fields`), its checks (`checks`: a label, then
 * what a passing and a failing draft is told) and its buttons. Plural forms are `{ one, other }`.
 * The wording of the messages themselves is not here: it lives with each builder, in
 * src/islands/builders/<builder>/locales/.
 */
export default {
  common: {
    drafts: 'Your drafts',
    savedHint: 'Drafts are saved in this browser as you type, and nowhere else.',
    draftPicker: 'Open a draft',
    untitled: 'Untitled draft',
    newDraft: 'New draft',
    deleteDraft: 'Delete this draft',
    clearAll: 'Clear all drafts',
    clearConfirm: {
      one: 'Delete your draft in this builder? This cannot be undone.',
      other: 'Delete all {count} drafts in this builder? This cannot be undone.',
    },
    clearYes: 'Yes, delete',
    clearNo: 'Keep them',
    cleared: 'All drafts deleted.',
    deleted: 'Draft deleted.',
    created: 'New draft started.',
    opened: 'Draft opened.',
    full: 'You have {count} drafts, as many as this builder keeps. Delete one to start another.',
    storageCorrupt:
      'Your saved drafts could not be read, so the builder starts afresh. What was saved stays untouched until you type.',
    storageUnavailable: 'This browser does not let the page save drafts. Your draft lasts until you close the page.',
    saveFailed: 'Your latest changes could not be saved in this browser. Copy your draft before you leave.',
    // Saved work (storage, undo): added with the per-record storage of src/lib/storage.ts.
    limit: 'This builder keeps up to {max} drafts; you have {count}.',
    clearConfirmUndo: {
      one: 'Delete your draft in this builder? You can undo it straight afterwards.',
      other: 'Delete all {count} drafts in this builder? You can undo it straight afterwards.',
    },
    restored: 'The deleted drafts are back.',
    undo: 'Undo',
    deletedElsewhere: 'The draft “{name}” was deleted in another tab.',
    saveFull:
      'Your latest changes could not be saved: this browser’s storage is full. Copy your draft before you leave.',
    answers: 'Your answers',
    optional: '(optional)',
    errorPrefix: 'Error:',
    errorTitle: 'There is a problem',
    write: 'Write my draft',
    rewrite: 'Write the draft again',
    rewriteHint: 'Writing it again replaces the draft below, your edits included.',
    draft: 'Your draft',
    written: 'Draft written. You can edit it below.',
    editHint: 'Edit it freely: the checks below read the draft as it is now.',
    subject: 'Subject line',
    checks: 'Checks',
    checksLead: 'What a careful editor would look for, following the lesson.',
    pass: 'Done',
    fail: 'To do',
    summary: { one: '{count} of {total} checks done.', other: '{count} of {total} checks done.' },
    stillToDo: 'Still to do: {list}.',
    flagged: 'Flagged: {list}.',
    quote: '“{text}”',
    preview: 'Your draft, with the flagged words marked',
    send: 'Send it',
    copied: 'Copied. Paste it where you write the message.',
    copyFailed: 'Could not copy. Select the text and copy it by hand.',
    left: { one: '{count} character left', other: '{count} characters left' },
    over: { one: '{count} character over the limit', other: '{count} characters over the limit' },
  },
  reconnect: {
    lead: 'Write to someone you have not spoken to in years: the builder drafts an email that follows the five moves of the lesson, then checks your edited version against them.',
    fields: {
      theirName: { label: 'Their name', hint: 'As you will greet them, e.g. Margaret.', error: 'Enter their name.' },
      relation: {
        label: 'How you know each other',
        hint: 'A sentence in your own words: what you did together, or a memory. E.g. “You were my first manager, and I still use your rule: test the ugly version first.”',
      },
      years: {
        label: 'About how long since you last spoke?',
        choose: 'Choose…',
        option: { one: 'About a year', other: 'About {count} years' },
        error: 'Choose about how long it has been.',
      },
      news: {
        label: 'What is new with you',
        hint: 'A line or three about your working life since then.',
        error: 'Say in a line or two what is new with you.',
      },
      advice: {
        label: 'The advice you would like',
        hint: 'It follows “There’s one thing I’d really value your advice on:”. E.g. “what changes when your users are clinicians”.',
        error: 'Say what you would like their advice on.',
      },
      offer: {
        label: 'What you could offer in return',
        hint: 'It follows “I’d be glad to offer”. E.g. “an introduction at the bank”.',
      },
      tone: {
        label: 'Tone',
        options: { warm: 'Warm, as between old colleagues', formal: 'More formal' },
        error: 'Choose a tone.',
      },
      yourName: { label: 'Your name', hint: 'For the signature.', error: 'Enter your name for the signature.' },
    },
    checks: {
      'subject-silence': {
        label: 'The subject names the long silence',
        pass: 'It is clear at once that it has been a while.',
        fail: 'Say in the subject line that it has been a long time, e.g. “Four years on, and a question”.',
      },
      silence: {
        label: 'The email names the silence',
        pass: 'You name the gap instead of acting as if you spoke last month.',
        fail: 'Say openly how long it has been: one line clears the air.',
      },
      personal: {
        label: 'A personal touch',
        pass: 'There is a memory or a warm word for them.',
        fail: 'Add a shared memory or a warm word, as personal as your old relationship allows.',
      },
      update: {
        label: 'A short update',
        pass: 'You say briefly what you do now.',
        fail: 'Add a line or two on your working life since you last spoke.',
      },
      advice: {
        label: 'You ask for advice',
        pass: 'You ask for their view, not for them to solve your problem.',
        fail: 'Ask for their advice or their view, e.g. “I’d value your view on …”.',
      },
      pressure: {
        label: 'Nothing sounds desperate or pushy',
        pass: 'Confident and low-pressure.',
        fail: 'Some words put pressure on them. Keep the request light and let them choose.',
      },
      out: {
        label: 'They get an out',
        pass: 'You make it easy to say no.',
        fail: 'Say you will understand if they cannot help, e.g. “if now isn’t a good time, no worries”.',
      },
      offer: {
        label: 'You offer help in return',
        pass: 'The email is an exchange, not only a request.',
        fail: 'Offer your help in return, even in one sentence.',
      },
      length: {
        label: 'Short enough to read on a phone',
        pass: { one: '{count} word: it fits a phone screen.', other: '{count} words: it fits a phone screen or two.' },
        fail: {
          one: '{count} word: cut it to about {limit}.',
          other: '{count} words: cut it to about {limit} so it reads on a phone.',
        },
      },
    },
    body: 'Email text',
    copyBody: 'Copy the email',
    copySubject: 'Copy the subject',
    copyBoth: 'Copy subject and email',
    mailto: 'Open in my email app',
    mailtoHint: 'Opens a new email with the subject and the text filled in. Add their address there.',
  },
  'contact-request': {
    lead: 'Write a contact request of 300 characters or fewer that says why you want to connect, or a first personal message instead, as the lesson often recommends.',
    fields: {
      kind: {
        label: 'What do you want to write?',
        options: { request: 'A contact request (up to 300 characters)', message: 'A first personal message instead' },
        error: 'Choose what you want to write.',
      },
      met: {
        label: 'Have you met them?',
        options: { yes: 'Yes, we have met', no: 'No, not yet' },
        error: 'Say whether you have met them.',
      },
      theirName: {
        label: 'Their name',
        hint: 'As you will greet them, e.g. Tom or Dr Cole.',
        error: 'Enter their name.',
      },
      context: {
        label: 'Where did you meet?',
        hint: 'It follows “good to meet you”. E.g. “at the research workshop last week”.',
        error: 'Say where you met: it is the reason for your request.',
      },
      contextNotMet: {
        label: 'Why do you want to connect?',
        hint: 'It follows “I’m writing because”. E.g. “your talk on accessible forms changed how my team works”.',
        error: 'Say why you want to connect: a request without a reason looks like a contact collector’s.',
      },
      offer: {
        label: 'What you can offer',
        hint: 'It follows “I’m glad to offer”. E.g. “our screen-reader test results”.',
      },
      tone: {
        label: 'Tone',
        options: { warm: 'Friendly', formal: 'More formal' },
        error: 'Choose a tone.',
      },
      yourName: { label: 'Your name', hint: 'For the signature.' },
    },
    checks: {
      length: {
        label: 'At most 300 characters',
        pass: { one: '{count} of {limit} characters.', other: '{count} of {limit} characters.' },
        fail: {
          one: '{count} characters: more than the {limit} a request allows. Nothing is cut off; shorten it yourself.',
          other: '{count} characters: more than the {limit} a request allows. Nothing is cut off; shorten it yourself.',
        },
      },
      short: {
        label: 'Short and to the point',
        pass: { one: '{count} word.', other: '{count} words: quick to read.' },
        fail: { one: '{count} word.', other: '{count} words: aim for about {limit}.' },
      },
      reason: {
        label: 'You say why',
        pass: 'The reason to connect is there.',
        fail: 'Say where you met or why you are writing: without a reason, a request looks like a contact collector’s.',
      },
      vague: {
        label: 'No vague promises',
        pass: 'No empty “win-win” talk.',
        fail: 'Vague promises like these make people wary. Say concretely what you hope for and what you offer.',
      },
      offer: {
        label: 'You say what you can offer',
        pass: 'They can see what they might gain.',
        fail: 'Someone who does not know you yet should learn what you could do for them.',
      },
    },
    body: 'Message text',
    copyBody: 'Copy the text',
  },
  'intro-reply': {
    lead: 'Someone has offered to introduce you. Choose your answer and the builder writes a grateful, honest reply in the spirit of the lesson.',
    fields: {
      introducer: {
        label: 'Who offered the introduction?',
        hint: 'As you will greet them, e.g. James.',
        error: 'Enter the name of the person who offered.',
      },
      contact: {
        label: 'Whom did they offer to introduce you to?',
        hint: 'E.g. Helen Marsh.',
        error: 'Enter the name of the person offered.',
      },
      decision: {
        label: 'Your decision',
        options: {
          'accept-now': 'Accept now',
          'accept-later': 'Accept and propose a later time',
          decline: 'Decline with thanks',
        },
        error: 'Choose your decision.',
      },
      detailNow: {
        label: 'When are you free?',
        hint: 'It follows “I’m free”. E.g. “on Tuesday or Thursday afternoon next week”.',
      },
      detailLater: {
        label: 'What stands in the way right now?',
        hint: 'Name the constraint, not “busy”. E.g. “I fly to a client workshop tomorrow and we ship a release on Friday”.',
      },
      detailDecline: {
        label: 'Why are you declining?',
        hint: 'The change you are making, in a sentence. E.g. “I am retraining to teach maths”.',
      },
      later: {
        label: 'When will you get back to them?',
        hint: 'A concrete moment. It follows “Could I get back to you”. E.g. “in two weeks”.',
      },
      name: { label: 'Your name', hint: 'For the signature.' },
    },
    checks: {
      thanks: {
        label: 'You thank them',
        pass: 'The introducer hears that you value the offer.',
        fail: 'Thank the introducer: the offer is a favour.',
      },
      busy: {
        label: 'No “too busy”',
        pass: 'No brush-off.',
        fail: 'This sounds as if your time mattered more than theirs. Name the real constraint and a date instead.',
      },
      availability: {
        label: 'You say how to meet',
        pass: 'They know when you are free or how to reach you.',
        fail: 'Say when you are free, or let them pass on your email address.',
      },
      constraint: {
        label: 'You name the constraint',
        pass: 'A named constraint reads as planning.',
        fail: 'Name what is in the way: a trip, a deadline, a move.',
      },
      concrete: {
        label: 'You propose a concrete later time',
        pass: 'The yes is real: there is a moment to come back to.',
        fail: 'Propose a concrete moment, such as a date or “in two weeks”.',
      },
      reason: {
        label: 'You give the real reason',
        pass: 'The introducer understands why.',
        fail: 'Say in a sentence that you are changing fields.',
      },
      respect: {
        label: 'You respect the contact’s time',
        pass: 'You show you do not want to take up their time.',
        fail: 'Say that you do not want to take up their time while you head elsewhere.',
      },
      posted: {
        label: 'You will keep them posted',
        pass: 'The door stays open.',
        fail: 'Promise to tell the introducer where you land.',
      },
    },
    body: 'Reply text',
    copyBody: 'Copy the reply',
  },
  page: {
    fromLesson: 'From the lesson',
    needsScript:
      'The builder runs in your browser with JavaScript. Until it has loaded, or if JavaScript is off, copy an example from the lesson below and adapt it by hand.',
    examples: 'Examples from the lesson to adapt by hand',
  },
};
