import type { UIStrings } from '../en/index.ts';

// Viestipohjissa nimi pysyy perusmuodossa (tervehdyksessä), koska suomi taivuttaa nimiä.
const worksheet = {
  lead: 'Suunnittele verkostoitumistapaaminen viidessä minuutissa. Vastaa muutamaan lyhyeen kysymykseen, niin saat mukaan otettavan yhden sivun muistion ja viestin, jonka lähetät ennen tapaamista.',
  privacy: 'Vastauksesi tallentuvat kirjoittaessasi tähän selaimeen eivätkä minnekään muualle.',
  static: {
    needsScript:
      'Vuorovaikutteinen työpohja tarvitsee JavaScriptiä, joka on poissa käytöstä tai ei latautunut. Tässä sen kysymykset tarkistuslistana: tulosta se ja täytä käsin.',
    title: 'Kysymykset tarkistuslistana',
  },
  steps: {
    person: 'Henkilö',
    goal: 'Tavoite',
    prepare: 'Valmistautuminen',
    follow: 'Vastapalvelus ja jatkoviesti',
    result: 'Muistiosi',
  },
  progress: 'Vaiheet',
  stepOf: 'Vaihe {n}/{total}',
  optional: '(vapaaehtoinen)',
  fields: {
    contact: {
      label: 'Kenet tapaat?',
      hint: 'Nimi niin kuin tervehtisit häntä, esimerkiksi Heidi tai Mikko Laine.',
    },
    how: {
      label: 'Mistä tunnette toisenne?',
      hint: 'Lauseella, jonka voisit kirjoittaa hänelle, esimerkiksi: ”Yhteinen tuttavamme Jussi Lehto ehdotti, että ottaisin sinuun yhteyttä.” Viestisi alkaa tällä.',
    },
    meetingDate: {
      label: 'Milloin tapaatte?',
      hint: 'Jätä tyhjäksi, jos päivä ei ole vielä selvä.',
    },
    askedBy: {
      label: 'Kuka pyysi tapaamista?',
      hint: 'Tästä riippuu, millaisen viestin lähetät etukäteen.',
      me: 'Minä pyysin',
      them: 'Minut kutsuttiin',
    },
    goalKind: {
      label: 'Millainen tavoite on?',
      hint: 'Valitse lähin. Se auttaa muotoilemaan tavoitteen alla.',
    },
    knowWhy: {
      label: 'Miksi haluat tutustua häneen?',
      hint: 'Tutustuminen on hyvä tavoite, kun kerrot syyn lauseella, esimerkiksi: ”Teemme molemmat käyttäjätutkimusta.”',
    },
    goal: {
      label: 'Tavoitteesi yhdellä virkkeellä',
      hint: 'Kirjoita se niin kuin sanoisit sen hänelle, esimerkiksi: Haluaisin kuulla, millaista työ Pirkan Konepajassa on.',
    },
    whyNow: {
      label: 'Miksi juuri nyt?',
      hint: 'Määräaika tai tapahtuma, joka tekee tapaamisesta ajankohtaisen, lauseella, esimerkiksi: ”Haku päättyy kuun lopussa.”',
    },
    prepareMe: {
      label: 'Mitä valmistelet?',
      hint: 'Muistiinpanot, esimerkit tai asiakirjat, jotka otat mukaan, ja mitä mietit etukäteen.',
    },
    prepareThem: {
      label: 'Mitä hän voisi valmistella tai miettiä?',
      hint: 'Kysymys tai lause hänelle, esimerkiksi: ”Mitä hakemuksessa kannattaa painottaa?” Jos pyysit tapaamista, tämä tulee viestiisi, jotta hän voi valmistautua.',
    },
    questions: {
      label: 'Kysymykset, jotka haluat esittää',
      hint: 'Yksi kysymys riville, tärkein ensin.',
    },
    offer: {
      label: 'Mitä voit tarjota vastineeksi?',
      hint: 'Esittelyn, artikkelin, muistiinpanosi tai apua johonkin, mistä hän mainitsi.',
    },
    followUpDate: {
      label: 'Milloin lähetät jatkoviestin?',
      hint: 'Päivä, jona kiität ja kerrot, mitä teit hänen neuvoillaan. Voit lisätä sen kalenteriisi.',
    },
    yourName: {
      label: 'Nimesi',
      hint: 'Viestin allekirjoitukseksi.',
    },
  },
  kinds: {
    expert: 'Asiantuntijan näkemys haasteeseen',
    project: 'Ideoita uuteen projektiin',
    collaborate: 'Yhteistyön mahdollisuudet',
    career: 'Tietoa hänen urastaan tai yrityksestään',
    know: 'Tutustuminen – kun kerrot syyn',
    own: 'Oma tavoite',
  },
  actions: {
    next: 'Seuraava',
    back: 'Edellinen',
    create: 'Tee muistio',
    edit: 'Muuta vastauksia',
    print: 'Tulosta muistio',
    markdown: 'Lataa Markdown-tiedostona',
    text: 'Lataa tekstitiedostona',
    calendar: 'Lataa muistutus (.ics)',
    copy: 'Kopioi viesti',
    reset: 'Palauta ehdotettu teksti',
    undo: 'Kumoa',
  },
  errors: {
    title: 'Tarkista vastauksesi',
    prefix: 'Virhe:',
    contact: 'Kirjoita sen ihmisen nimi, jonka tapaat',
    askedBy: 'Valitse, kuka pyysi tapaamista',
    goal: 'Kirjoita tavoitteesi yhdellä virkkeellä',
    tooLong: 'Kentässä ”{field}” saa olla enintään {max} merkkiä. Nyt niitä on {count}.',
    followUpBefore: 'Jatkoviestin päivä on ennen tapaamista ({date}). Valitse myöhempi päivä.',
  },
  saving: {
    saved: 'Tallennettu klo {time}',
    unavailable:
      'Tämä selain ei anna sivun tallentaa. Vastauksesi säilyvät, kunnes suljet sivun: lataa muistio, niin se jää talteen.',
    full: 'Tallennus ei onnistunut: tämän selaimen tallennustila on täynnä. Vastauksesi säilyvät, kunnes suljet sivun: lataa muistio, niin se jää talteen.',
    deletedElsewhere: 'Työpohja ”{name}” poistettiin toisessa välilehdessä.',
  },
  list: {
    title: 'Työpohjasi ({count})',
    untitled: 'Uusi työpohja',
    open: 'Avaa',
    current: 'Auki nyt',
    duplicate: 'Monista',
    delete: 'Poista',
    changed: 'Muutettu {date}',
    added: 'Uusi työpohja aloitettu.',
    duplicated: 'Kopio työpohjasta ”{name}” lisätty listaan.',
    deleted: 'Poistettu: ”{name}”.',
    restored: 'Palautettu: ”{name}”.',
    clear: 'Poista kaikki työpohjat',
    confirm: {
      one: 'Poistetaanko tähän selaimeen tallennettu {count} työpohja? Voit perua poiston heti sen jälkeen.',
      other: 'Poistetaanko kaikki {count} tähän selaimeen tallennettua työpohjaa? Voit perua poiston heti sen jälkeen.',
    },
    confirmYes: 'Kyllä, poista kaikki',
    cancel: 'Peruuta',
    cleared: 'Kaikki työpohjat poistettu.',
    restoredAll: 'Kaikki työpohjat palautettu.',
  },
  result: {
    lead: 'Tässä on muistiosi. Tulosta tai tallenna se, ja lähetä alla oleva viesti ennen tapaamista.',
    messageTitle: 'Viesti ennen tapaamista',
    messageMe: 'Sinä pyysit tapaamista, joten kerro parilla virkkeellä, miksi toivot sitä.',
    messageThem: 'Sinut kutsuttiin, joten kysy, voisitko valmistella tai miettiä jotain etukäteen.',
    messageLabel: 'Viestisi',
    messageHint: 'Muokkaa vapaasti: se, mitä tässä näet, kopioidaan ja tallennetaan.',
    edited: 'Olet muokannut viestiä, joten se ei enää seuraa vastauksiasi.',
    copied: 'Kopioitu. Liitä se sähköpostiin tai chattiin.',
    copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse.',
    resetDone: 'Ehdotettu teksti on palautettu.',
    calendarTitle: 'Muistutus jatkoviestistä',
    calendarLead: 'Koko päivän muistutus {date}, mihin tahansa kalenterisovellukseen.',
    calendarMissing: 'Valitse jatkoviestin päivä vaiheessa 4, niin saat kalenterimuistutuksen.',
  },
  brief: {
    title: 'Tapaamismuistio: {name}',
    meeting: 'Tapaaminen',
    how: 'Mistä tunnemme',
    askedBy: 'Kuka pyysi',
    askedMe: 'Minä pyysin tapaamista',
    askedThem: '{name} kutsui minut',
    goal: 'Tavoite',
    knowWhy: 'Miksi haluan tutustua',
    whyNow: 'Miksi juuri nyt',
    prepareMe: 'Valmistelen',
    prepareThem: 'Hän voisi valmistella',
    questions: 'Kysymykset',
    offer: 'Mitä voin tarjota',
    followUp: 'Jatkoviesti',
    checkGoal: 'Ennen kuin lähdette, tarkista, että tavoite toteutui.',
    checkFollowUp: 'Lähetä {date} lyhyt jatkoviesti: kiitä ja kerro, mitä aiot tehdä saamillasi neuvoilla.',
    checkFollowUpSoon:
      'Lähetä seuraavana päivänä lyhyt jatkoviesti: kiitä ja kerro, mitä aiot tehdä saamillasi neuvoilla.',
    file: 'tapaamismuistio',
  },
  message: {
    greeting: 'Hei {name},',
    askOpening: 'Minulla olisi sinulle pieni pyyntö.',
    askDate: 'Sopisiko sinulle puolen tunnin kahvi tai puhelu {date}?',
    askOpen:
      'Ehtisitkö lähiviikkoina puolen tunnin kahville tai puhelulle? Sovitan aikatauluni mielelläni sinun mukaasi.',
    askPrepare: 'Jos ehdit ennen tapaamista miettiä yhtä kysymystä, siitä olisi minulle paljon apua.',
    invitedDate: 'Kiitos kutsusta! Odotan innolla tapaamistamme {date}.',
    invitedOpen: 'Kiitos kutsusta! Odotan innolla tapaamistamme.',
    invitedPrepare:
      'Onko jotain, mitä voisin valmistella tai miettiä etukäteen? Näin saisimme tapaamisesta mahdollisimman paljon irti.',
    signOff: 'Terveisin',
  },
  calendar: {
    summary: 'Jatkoviesti: {name}',
    description: 'Tapaamisen tavoite: {text}',
    reminder: 'Kiitä ja kerro, mitä aiot tehdä saamillasi neuvoilla.',
    file: 'jatkoviesti',
  },
} satisfies UIStrings['worksheet'];

export default worksheet;
