import type { UIStrings } from '../en/index.ts';

export default {
  decision: {
    title: 'Beslut om en erbjuden introduktion',
    caption: 'En fråga avgör: är mötet värt tiden för alla inblandade?',
    start: 'Någon erbjuder sig att introducera dig',
    question: 'Är mötet värt allas tid?',
    branches: [
      { when: 'Ja, och du har tid', then: 'Tacka ja direkt och föreslå tider' },
      { when: 'Ja, men inte den här månaden', then: 'Tacka ja, säg vad som hindrar och föreslå en tidpunkt' },
      { when: 'Nej: du lämnar branschen', then: 'Tacka nej och lova att höra av dig' },
    ],
  },
  goal: {
    title: 'Från skäl att ses till vad du förbereder',
    caption: 'Ett mål i en mening talar om för er båda vad ni ska ta med er.',
    steps: [
      { label: 'Varför nu?', detail: 'En deadline, ett beslut, ett nytt projekt' },
      { label: 'Ditt mål', detail: 'En mening: vad vill du gå därifrån med?' },
      { label: 'Säg det', detail: 'I inbjudan – eller fråga vad den andra vill' },
      { label: 'Förbered', detail: 'Frågor, underlag och vad du kan erbjuda' },
    ],
  },
  anatomy: {
    title: 'Delarna i ett mejl efter lång tystnad',
    caption: 'Sex delar med en eller två meningar var: hela mejlet får plats på en mobilskärm.',
    parts: [
      { label: 'Ämnesrad', detail: 'Säg att det var länge sedan' },
      { label: 'Inledning', detail: 'Lika personlig som förr' },
      { label: 'Nyheter', detail: 'Ditt yrkesliv sedan dess, kort' },
      { label: 'Frågan', detail: 'Om råd, utan press' },
      { label: 'Utvägen', detail: 'Gör ett nej lätt' },
      { label: 'Erbjudandet', detail: 'Vad du kan ge tillbaka' },
    ],
  },
  triage: {
    title: 'Sortera inkommande kontaktförfrågningar',
    caption: 'Acceptera dem du har haft ett riktigt utbyte med. Övriga får först en fråga – eller ingenting.',
    start: 'En kontaktförfrågan kommer in',
    question: 'Har ni haft ett riktigt utbyte?',
    branches: [
      { when: 'Ja, eller ni känner varandra', then: 'Acceptera' },
      { when: 'Nej, men ett tydligt skäl', then: 'Svara först, bestäm sedan' },
      { when: 'Ett vagt ”win-win”', then: 'Fråga vad personen menar, konkret' },
      { when: 'Ingenting alls', then: 'Ignorera: avsändaren får inte veta' },
    ],
  },
  giving: {
    title: 'Ge innan du tar',
    caption: 'Du kan bara ta ut ur en relation det du först har lagt in.',
    putIn: ['En introduktion', 'En timme av din tid', 'En användbar länk'],
    jar: 'Relationen',
    takeOut: 'En dag, en fråga',
  },
} satisfies UIStrings['figures'];
