/**
 * The words inside the lessons' figures (src/components/Figure.astro), one entry per figure.
 * Keep labels short: they are set in SVG, which wraps only at the spaces the component chooses.
 */
export default {
  decision: {
    title: 'Deciding on an offered introduction',
    caption: 'One question decides it: is the meeting worth the time of everyone involved?',
    start: 'Someone offers to introduce you',
    question: 'Will the meeting be worth everyone’s time?',
    branches: [
      { when: 'Yes, and you have room', then: 'Accept now and offer times' },
      { when: 'Yes, but not this month', then: 'Accept, name the constraint and a date' },
      { when: 'No: you are leaving the field', then: 'Decline with thanks and keep them posted' },
    ],
  },
  goal: {
    title: 'From a reason to meet to what to prepare',
    caption: 'A goal you can say in one sentence tells both of you what to bring.',
    steps: [
      { label: 'Why now?', detail: 'A deadline, a decision, a new project' },
      { label: 'Your goal', detail: 'One sentence: what you hope to leave with' },
      { label: 'Tell them', detail: 'In the invitation, or ask what they want from it' },
      { label: 'Prepare', detail: 'Questions, material, what you can offer' },
    ],
  },
  anatomy: {
    title: 'The parts of a reconnection email',
    caption: 'Six parts, each a sentence or two: the whole email fits on a phone screen.',
    parts: [
      { label: 'Subject line', detail: 'Name the silence' },
      { label: 'Opening', detail: 'As personal as you once were' },
      { label: 'Update', detail: 'Your working life since, in brief' },
      { label: 'Ask', detail: 'Advice, asked lightly' },
      { label: 'Out', detail: 'Make “no” easy to say' },
      { label: 'Offer', detail: 'What you can do in return' },
    ],
  },
  triage: {
    title: 'Sorting incoming contact requests',
    caption: 'Accepting is for people you have had a real exchange with; the rest get a question or nothing.',
    start: 'A contact request arrives',
    question: 'Have you had a real exchange?',
    branches: [
      { when: 'Yes, or you know them', then: 'Accept' },
      { when: 'No, but a clear reason', then: 'Reply first, then decide' },
      { when: 'A vague “win-win”', then: 'Ask what exactly they have in mind' },
      { when: 'Nothing at all', then: 'Ignore: they are not told' },
    ],
  },
  giving: {
    title: 'Give before you take',
    caption: 'You can only take out of a relationship what you have put into it.',
    putIn: ['An introduction', 'An hour of your time', 'A useful link'],
    jar: 'The relationship',
    takeOut: 'One day, an ask',
  },
};
