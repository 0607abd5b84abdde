import type { UIStrings } from '../en/index.ts';

export default {
  decision: {
    title: 'Beslut om en erbjuden introduktion',
    caption: 'En fråga avgör: är mötet värt tiden för alla inblandade?',
    start: 'Någon erbjuder sig att introducera dig',
    question: 'Är mötet värt allas tid?',
    branches: [
      { when: 'Ja, och du har tid', then: 'Tacka ja direkt och föreslå tider' },
      { when: 'Ja, men du har fullt upp', then: 'Tacka ja och föreslå en senare tid' },
      { when: 'Nej: du byter bana', then: 'Tacka vänligt nej och lova att höra av dig' },
    ],
  },
  goal: {
    title: 'Från skäl att ses till vad du förbereder',
    caption: 'Ett mål som ryms i en mening visar er båda vad ni ska förbereda.',
    steps: [
      { label: 'Varför nu?', detail: 'En deadline, ett beslut, ett nytt projekt' },
      { label: 'Välj ett mål', detail: 'En mening: vad vill du gå därifrån med?' },
      { label: 'Säg det innan ni ses', detail: 'I inbjudan – eller fråga vad du ska förbereda' },
      { label: 'Förbered', detail: 'Frågor, underlag och vad du kan erbjuda' },
    ],
  },
  anatomy: {
    title: 'Delarna i ett mejl efter lång tystnad',
    caption: 'Sex delar med en eller två meningar var: hela mejlet får plats på en mobilskärm.',
    parts: [
      { label: 'Ämnesraden', detail: 'Säg att det var länge sedan' },
      { label: 'Inledningen', detail: 'Lika personlig som förr' },
      { label: 'Uppdateringen', detail: 'Ditt yrkesliv sedan dess, kort' },
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
      { when: 'Nej, men en fråga eller ett skäl', then: 'Svara med ett meddelande, bestäm sedan' },
      { when: 'Ett vagt löfte om ”win-win”', then: 'Fråga först: vad är nyttan, konkret?' },
      { when: 'Inget utbyte alls', then: 'Ignorera: avsändaren får inget besked' },
    ],
  },
  giving: {
    title: 'Börja i det du kan ge',
    caption: 'Ur en relation kan du bara ta det som först har lagts i den.',
    putIn: ['En introduktion', 'En timme av din tid', 'En användbar länk'],
    jar: 'Relationen',
    takeOut: 'Längre fram: en fråga',
  },
} satisfies UIStrings['figures'];
