/** Tallennetut työt: sivu ”Tallennetut työsi” ja ilmoitus tiedoista, joita ei voitu lukea. */
import type { UIStrings } from '../en/index.ts';

export default {
  footer: 'Tallennetut työsi',
  title: 'Tallennetut työsi',
  description:
    'Mitä tämä selain säilyttää sinulle Connectorissa: visojen edistyminen, työpohjat ja luonnokset. Varmuuskopioi kaikki yhteen tiedostoon, palauta ne tai poista ne.',
  lead: 'Visojesi edistyminen, työpohjasi ja luonnoksesi on tallennettu tähän selaimeen eikä minnekään muualle, joten tässä selaimessa on niistä ainoa kopio. Täällä näet, mitä selain säilyttää, voit tallentaa kaiken yhteen varmuuskopiotiedostoon, siirtää sen toiseen selaimeen tai poistaa sen.',
  needsScript:
    'Tämä sivu lukee, mitä selaimesi on tallentanut, ja siihen tarvitaan JavaScriptiä, joka on poistettu käytöstä tai ei ole latautunut. Ilman JavaScriptiä mitään ei myöskään tallenneta.',
  notice: {
    found:
      'Osaa siitä, mitä tämä selain on tallentanut tänne, ei voitu lukea. Se on siirretty sivuun muuttamattomana: lataa se talteen tai hylkää se.',
    download: 'Lataa se',
    discard: 'Hylkää se',
    discarded: 'Tiedot, joita ei voitu lukea, on hylätty.',
    undo: 'Kumoa',
    file: 'connector-lukukelvottomat-tiedot',
    loadFailed:
      'Tätä sivun osaa ei voitu ladata, ehkä koska yhteys on katkennut. Työsi on tallessa: lataa sivu uudelleen ja yritä uudestaan.',
  },
  island: {
    holdsTitle: 'Mitä tämä selain säilyttää',
    empty: 'Tähän selaimeen ei ole vielä tallennettu mitään.',
    unavailable:
      'Tämä selain ei anna sivuston lukea eikä tallentaa mitään, joten täällä ei ole mitään. Työsi säilyy vain niin kauan kuin sivu on auki.',
    full: 'Tämän selaimen tallennustila on täynnä, joten osaa muutoksista ei voitu tallentaa.',
    quizzes: 'Visojen edistyminen',
    worksheets: 'Työpohjat',
    drafts: 'Luonnokset: {tool}',
    aside: 'Siirretty sivuun, koska sitä ei voitu lukea',
    count: { one: '{count} kohde', other: '{count} kohdetta' },
    changed: 'Muutettu {date}',
    found: 'Löydetty {date}',
    answered: '{answered}/{total} kysymykseen vastattu',
    best: 'paras tulos {score}/{total}',
    goneQuiz: 'Visa, jota ei enää ole sivustolla',
    untitledWorksheet: 'Nimetön työpohja',
    untitledDraft: 'Nimetön luonnos',
    reasons: {
      damaged: 'Ei voitu lukea',
      partial: 'Luettu osittain: luettavissa oleva osa näkyy yllä, ja tämä on koko alkuperäinen',
      newer: 'Tallennettu Connectorin uudemmalla versiolla',
    },
    from: {
      quiz: 'Visasta',
      worksheet: 'Työpohjista',
      draft: 'Työkalun ”{tool}” luonnoksista',
      unknown: 'Alkuperä tuntematon',
    },
    export: {
      title: 'Tallenna varmuuskopio',
      lead: 'Yksi tiedosto, jossa on kaikki yllä luetellut: säilytä se tai palauta se toisessa selaimessa. Siinä on kirjoittamasi tekstit, joten säilytä sitä turvallisessa paikassa.',
      button: 'Lataa varmuuskopio',
      file: 'connector-varmuuskopio',
      done: 'Varmuuskopio ladattu.',
    },
    import: {
      title: 'Palauta varmuuskopio',
      label: 'Varmuuskopiotiedosto',
      hint: 'Tiedosto, jonka olet tehnyt painikkeella ”Lataa varmuuskopio” tässä tai toisessa selaimessa. Mikään ei muutu ennen kuin vahvistat.',
      previewTitle: 'Mitä varmuuskopio muuttaisi',
      added: { one: '{count} kohde lisätään.', other: '{count} kohdetta lisätään.' },
      updated: {
        one: 'Varmuuskopiossa on {count} uudempi kohde, joka korvaa tämän selaimen version.',
        other: 'Varmuuskopiossa on {count} uudempaa kohdetta, jotka korvaavat tämän selaimen versiot.',
      },
      kept: {
        one: 'Täällä on {count} uudempi kohde, joka pysyy ennallaan.',
        other: 'Täällä on {count} uudempaa kohdetta, jotka pysyvät ennallaan.',
      },
      same: { one: '{count} kohde on jo täällä.', other: '{count} kohdetta on jo täällä.' },
      asideAdded: {
        one: '{count} lukukelvoton tieto siirretään sivuun myös tänne.',
        other: '{count} lukukelvotonta tietoa siirretään sivuun myös tänne.',
      },
      status: {
        added: 'uusi',
        updated: 'uudempi varmuuskopiossa',
        kept: 'uudempi täällä, pysyy',
        same: 'jo täällä',
      },
      nothing: 'Kaikki tämän varmuuskopion sisältö on jo täällä. Lisättävää ei ole.',
      confirm: 'Lisää tähän selaimeen',
      cancel: 'Peruuta',
      cancelled: 'Mitään ei muutettu.',
      done: {
        one: 'Valmis: {count} kohde lisätty tai päivitetty.',
        other: 'Valmis: {count} kohdetta lisätty tai päivitetty.',
      },
      failed: {
        one: 'Tämän selaimen tallennustila on täynnä, joten {count} kohde jäi lisäämättä. Mikään täällä jo ollut ei muuttunut.',
        other:
          'Tämän selaimen tallennustila on täynnä, joten {count} kohdetta jäi lisäämättä. Mikään täällä jo ollut ei muuttunut.',
      },
      errorTitle: 'Tiedostossa on ongelma',
      errors: {
        unreadable: 'Tiedostoa ei voitu avata. Mitään ei muutettu.',
        unrelated:
          'Tämä tiedosto ei ole Connectorin varmuuskopio. Valitse tiedosto, jonka olet tehnyt painikkeella ”Lataa varmuuskopio”. Mitään ei muutettu.',
        damaged: 'Tämä varmuuskopio on vioittunut, eikä sitä voi lukea. Mitään ei muutettu.',
        newer:
          'Tämä varmuuskopio on tehty Connectorin uudemmalla versiolla, jota tämä sivu ei vielä osaa lukea. Mitään ei muutettu.',
      },
    },
    clear: {
      title: 'Poista kaikki',
      lead: 'Poistaa kaiken yllä luetellun tästä selaimesta. Lataa ensin varmuuskopio, jos saatat tarvita sitä vielä.',
      button: 'Poista kaikki tänne tallennettu',
      question: {
        one: 'Poistetaanko tähän selaimeen tallennettu {count} kohde? Voit perua poiston heti sen jälkeen.',
        other:
          'Poistetaanko kaikki {count} tähän selaimeen tallennettua kohdetta? Voit perua poiston heti sen jälkeen.',
      },
      yes: 'Kyllä, poista kaikki',
      no: 'Säilytä',
      done: 'Kaikki tähän selaimeen tallennettu on poistettu.',
      restored: 'Kaikki on palautettu.',
      undo: 'Kumoa',
    },
  },
} satisfies UIStrings['saved'];
