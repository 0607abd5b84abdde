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
    clearYes: 'Yes, delete',
    clearNo: 'Keep them',
    cleared: 'All drafts deleted.',
    deleted: 'Draft deleted.',
    created: 'New draft started.',
    opened: 'Draft opened.',
    full: 'You have {count} drafts, as many as this builder keeps. Delete one to start another.',
    storageUnavailable: 'This browser does not let the page save drafts. Your draft lasts until you close the page.',
    writerFailed:
      'The builder could not load the words for your draft. Check your connection and try again; your answers are kept.',
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
    leftRecommended: {
      one: '{count} character left of the recommended {limit}',
      other: '{count} characters left of the recommended {limit}',
    },
    overRecommended: {
      one: '{count} character over the recommended {limit}; it can still be sent',
      other: '{count} characters over the recommended {limit}; it can still be sent',
    },
  },
  reconnect: {
    lead: 'Write to someone you have not spoken to in years: the builder drafts an email that follows the five moves of the lesson, then checks your edited version against them.',
    fields: {
      theirName: {
        label: 'Their name',
        hint: 'As you would greet them, e.g. Margaret or Dr Okafor.',
        error: 'Enter their name.',
      },
      relationship: {
        label: 'Who were they to you?',
        hint: 'It sets how warm the greeting and the sign-off can be.',
        options: {
          manager: 'A former manager or mentor',
          colleague: 'A former colleague',
          other: 'Someone I knew less well: a client, a classmate, a contact',
        },
        error: 'Say who they were to you.',
      },
      years: {
        label: 'About how long since you last spoke?',
        choose: 'Choose…',
        option: { one: 'About a year', other: 'About {count} years' },
        error: 'Choose about how long it has been.',
      },
      memory: {
        label: 'A memory, or something you still use from them',
        hint: 'A sentence in your own words, e.g. “You were my first manager, and I still tell my team to test the ugly version first.”',
      },
      news: {
        label: 'What is new with you',
        hint: 'A sentence or two about your working life since then, e.g. “I now lead design for the mobile app at Northgate Bank.”',
        error: 'Say in a sentence or two what is new with you.',
      },
      advice: {
        label: 'What you would like their advice on',
        hint: 'A sentence or a question, e.g. “A health-tech start-up has asked me to build their design team, and I wonder what changes when the users are clinicians.” The email then asks for a short call.',
        error: 'Say in a sentence what you would like their advice on.',
      },
      offer: {
        label: 'What you could offer in return',
        hint: 'A sentence, e.g. “I could introduce you to people at the bank.” Without one, the email offers help in general.',
      },
      tone: {
        label: 'Tone',
        hint: 'Warm suits most people you once worked with closely; more formal suits someone senior or someone you knew less well.',
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
    lead: 'Write a contact request that says why you want to connect, in the length your network allows (200 characters on a free LinkedIn account), or a first personal message instead, as the lesson often recommends.',
    fields: {
      platform: {
        label: 'Where will you send it?',
        hint: 'These character limits are the ones widely reported on {date}; the network’s own counter has the last word. LinkedIn also caps how many invitations with a note a free account can send each month. Once you’ve used them up, you can still send the invitation without a note, or send your message by email instead.',
        options: {
          linkedin: 'LinkedIn, free account (a note of up to {limit} characters)',
          'linkedin-premium': 'LinkedIn Premium (a note of up to {limit} characters)',
          xing: 'XING (a note of up to {limit} characters)',
          email: 'Email (a first message, with a subject line)',
          other: 'Another network (we recommend {limit} characters at most)',
        },
        error: 'Choose where you will send it.',
      },
      kind: {
        label: 'What do you want to write?',
        options: { request: 'A contact request with a short note', message: 'A first personal message instead' },
        error: 'Choose what you want to write.',
      },
      met: {
        label: 'Have you met them?',
        options: { yes: 'Yes, we have met', no: 'No, not yet' },
        error: 'Say whether you have met them.',
      },
      theirName: {
        label: 'Their name',
        hint: 'As you would greet them, e.g. Tom or Dr Cole.',
        error: 'Enter their name.',
      },
      about: {
        label: 'Who you are',
        hint: 'A sentence that introduces you, e.g. “I lead design at Northgate Bank.”',
        error: 'Say in a sentence who you are: they do not know you yet.',
      },
      reasonMet: {
        label: 'What you remember from meeting them',
        hint: 'The sentence that opens your note, e.g. “Good to meet you at the diary-studies workshop last week.”',
        error: 'Say in a sentence where you met: it is the reason for your request.',
      },
      reasonNotMet: {
        label: 'Why you are writing to them',
        hint: 'A sentence, e.g. “Your talk on accessible forms changed how we write error messages.”',
        error: 'Say in a sentence why you are writing: a request without a reason looks like a contact collector’s.',
      },
      hope: {
        label: 'What you hope for',
        hint: 'A sentence, e.g. “I’d love to hear how you test forms with screen-reader users.” Without one, the note says you would like to stay in touch or, to someone you have not met, to connect.',
      },
      offer: {
        label: 'What you can offer',
        hint: 'A sentence, e.g. “I can share our screen-reader test results.”',
        error:
          'Say in a sentence what you can offer: someone who does not know you should learn what you could do for them.',
      },
      tone: {
        label: 'Tone',
        hint: 'Friendly suits most people; more formal suits someone senior you have not met.',
        options: { warm: 'Friendly', formal: 'More formal' },
        error: 'Choose a tone.',
      },
      yourName: {
        label: 'Your name',
        hint: 'For the signature.',
        error: 'Enter your name: someone who does not know you should see who is writing.',
      },
    },
    checks: {
      length: {
        label: 'Within the note’s limit',
        pass: { one: '{count} of {limit} characters.', other: '{count} of {limit} characters.' },
        fail: {
          one: '{count} characters: more than the {limit} this network allows. Nothing is cut off; shorten it yourself.',
          other:
            '{count} characters: more than the {limit} this network allows. Nothing is cut off; shorten it yourself.',
        },
      },
      recommended: {
        label: 'Within the recommended length',
        pass: {
          one: '{count} of the recommended {limit} characters.',
          other: '{count} of the recommended {limit} characters.',
        },
        fail: {
          one: '{count} characters: more than the {limit} we recommend. It can still be sent, but a short note gets read.',
          other:
            '{count} characters: more than the {limit} we recommend. It can still be sent, but a short note gets read.',
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
      intro: {
        label: 'You say who you are',
        pass: 'They learn who is writing.',
        fail: 'Add a sentence about who you are: a stranger wants to know who is writing.',
      },
      hope: {
        label: 'You say what you hope for',
        pass: 'They know what you would like.',
        fail: 'Say what you hope for, e.g. to hear how they approach something you both work on.',
      },
    },
    body: 'Message text',
    copyBody: 'Copy the text',
    copySubject: 'Copy the subject',
    copyBoth: 'Copy subject and email',
    mailto: 'Open in my email app',
    mailtoHint: 'Opens a new email with the subject and the text filled in. Add their address there.',
  },
  'intro-reply': {
    lead: 'Someone has offered to introduce you. Choose your answer and the builder writes a grateful, honest reply in the spirit of the lesson.',
    fields: {
      introducer: {
        label: 'Who offered the introduction?',
        hint: 'As you would greet them, e.g. James.',
        error: 'Enter the name of the person who offered.',
      },
      contact: {
        label: 'Whom did they offer to introduce you to?',
        hint: 'Their name as you would write it, e.g. Helen Marsh.',
        error: 'Enter the name of the person offered.',
      },
      tone: {
        label: 'Tone',
        hint: 'Warm suits someone you know well; more formal suits a senior contact.',
        options: { warm: 'Warm', formal: 'More formal' },
        error: 'Choose a tone.',
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
        hint: 'A sentence, e.g. “I’m free on Tuesday or Thursday afternoon next week.”',
      },
      detailLater: {
        label: 'What stands in the way right now?',
        hint: 'Name the constraint in a sentence, not “busy”, e.g. “I fly to a client workshop tomorrow, and we ship a release the week after.”',
        error: 'Say in a sentence what stands in the way: a named constraint reads as planning, “busy” as a brush-off.',
      },
      detailDecline: {
        label: 'Why are you declining?',
        hint: 'The change you are making, in a sentence, e.g. “I am retraining to teach maths.”',
      },
      change: {
        label: 'Is the change decided?',
        options: { considering: 'I am still considering it', decided: 'Yes, it is decided' },
        error: 'Say whether the change is decided.',
      },
      later: {
        label: 'When will you get back to them?',
        hint: 'Once what stands in the way is over: after a four-week launch, in six weeks, say.',
        choose: 'Choose…',
        options: {
          '1': 'In a week',
          '2': 'In two weeks',
          '3': 'In three weeks',
          '4': 'In four weeks',
          '6': 'In six weeks',
          '8': 'In eight weeks',
          date: 'On a day I choose',
        },
        error: 'Choose when you will get back to them.',
      },
      laterDate: {
        label: 'On which day?',
        hint: 'The reply names the weekday and the date.',
        error: 'Choose the day you will get back to them.',
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
