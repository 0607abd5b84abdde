import type { UIStrings } from '../en/index.ts';

export default {
  common: {
    drafts: 'Tallennetut luonnokset',
    savedHint: 'Luonnokset tallentuvat kirjoittaessasi tähän selaimeen eivätkä mihinkään muualle.',
    draftPicker: 'Avaa luonnos',
    untitled: 'Nimetön luonnos',
    newDraft: 'Uusi luonnos',
    deleteDraft: 'Poista tämä luonnos',
    clearAll: 'Poista kaikki luonnokset',
    clearConfirm: {
      one: 'Poistetaanko luonnoksesi tästä työkalusta? Poistoa ei voi perua.',
      other: 'Poistetaanko kaikki {count} luonnosta tästä työkalusta? Poistoa ei voi perua.',
    },
    clearYes: 'Kyllä, poista',
    clearNo: 'Säilytä',
    cleared: 'Kaikki luonnokset poistettu.',
    deleted: 'Luonnos poistettu.',
    created: 'Uusi luonnos aloitettu.',
    opened: 'Luonnos avattu.',
    full: 'Sinulla on {count} luonnosta, enempää tämä työkalu ei säilytä. Poista yksi, niin voit aloittaa uuden.',
    storageCorrupt:
      'Tallennettuja luonnoksiasi ei voitu lukea, joten työkalu aloittaa alusta. Tallennetut tiedot pysyvät koskemattomina, kunnes alat kirjoittaa.',
    storageUnavailable: 'Tämä selain ei salli sivun tallentaa luonnoksia. Luonnoksesi säilyy, kunnes suljet sivun.',
    saveFailed: 'Viimeisimpiä muutoksiasi ei voitu tallentaa tähän selaimeen. Kopioi luonnoksesi ennen kuin lähdet.',
    // Tallennetut työt (tallennus, kumoaminen): tulivat src/lib/storage.ts-tiedoston kohdekohtaisen tallennuksen myötä.
    limit: 'Tämä työkalu säilyttää enintään {max} luonnosta, ja sinulla on {count}.',
    clearConfirmUndo: {
      one: 'Poistetaanko luonnoksesi tästä työkalusta? Voit perua poiston heti sen jälkeen.',
      other: 'Poistetaanko kaikki {count} luonnosta tästä työkalusta? Voit perua poiston heti sen jälkeen.',
    },
    restored: 'Poistetut luonnokset on palautettu.',
    undo: 'Kumoa',
    deletedElsewhere: 'Luonnos ”{name}” poistettiin toisessa välilehdessä.',
    saveFull:
      'Viimeisimpiä muutoksiasi ei voitu tallentaa: tämän selaimen tallennustila on täynnä. Kopioi luonnoksesi ennen kuin lähdet.',
    answers: 'Vastauksesi',
    optional: '(vapaaehtoinen)',
    errorPrefix: 'Virhe:',
    errorTitle: 'Jotain puuttuu vielä',
    write: 'Kirjoita luonnos',
    rewrite: 'Kirjoita luonnos uudelleen',
    rewriteHint: 'Uudelleen kirjoittaminen korvaa alla olevan luonnoksen muutoksineen.',
    draft: 'Luonnoksesi',
    written: 'Luonnos on kirjoitettu. Voit muokata sitä alla.',
    editHint: 'Muokkaa vapaasti: alla olevat tarkistukset lukevat luonnoksen sellaisena kuin se nyt on.',
    subject: 'Aiherivi',
    checks: 'Tarkistukset',
    checksLead: 'Asiat, joihin huolellinen kustannustoimittaja kiinnittäisi huomiota oppitunnin ohjeiden mukaan.',
    pass: 'Kunnossa',
    fail: 'Tehtävää',
    summary: { one: '{count}/{total} tarkistuksesta kunnossa.', other: '{count}/{total} tarkistuksesta kunnossa.' },
    stillToDo: 'Vielä tehtävää: {list}.',
    flagged: 'Merkityt: {list}.',
    quote: '”{text}”',
    preview: 'Luonnoksesi, merkityt sanat korostettuina',
    send: 'Lähetä',
    copied: 'Kopioitu. Liitä teksti sinne, missä kirjoitat viestin.',
    copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse.',
    left: { one: '{count} merkki jäljellä', other: '{count} merkkiä jäljellä' },
    over: { one: '{count} merkki liikaa', other: '{count} merkkiä liikaa' },
  },
  reconnect: {
    lead: 'Kirjoita ihmiselle, jonka kanssa et ole puhunut vuosiin: työkalu luonnostelee sähköpostin oppitunnin viiden askeleen mukaan ja tarkistaa sitten muokkaamasi version niitä vasten.',
    fields: {
      theirName: {
        label: 'Vastaanottajan nimi',
        hint: 'Niin kuin tervehdit häntä, esim. Päivi.',
        error: 'Kirjoita vastaanottajan nimi.',
      },
      relation: {
        label: 'Mistä tunnette toisenne',
        hint: 'Lause omin sanoin: mitä teitte yhdessä tai jokin muisto. Esim. ”Mieleeni tulee yhä usein yhteinen aikamme Pirkan Automaatiossa.”',
      },
      years: {
        label: 'Kauanko viimeisestä yhteydenpidosta on suunnilleen?',
        choose: 'Valitse …',
        option: { one: 'Noin vuosi', other: 'Noin {count} vuotta' },
        error: 'Valitse, kauanko viimeisestä yhteydenpidosta on suunnilleen.',
      },
      news: {
        label: 'Mitä sinulle kuuluu',
        hint: 'Rivistä kolmeen siitä, mitä työelämässäsi on sen jälkeen tapahtunut.',
        error: 'Kerro rivillä tai parilla, mitä sinulle kuuluu.',
      },
      advice: {
        label: 'Mihin kaipaat neuvoa',
        hint: 'Tulee lauseen ”Kaipaisin neuvoasi yhdessä asiassa:” jälkeen. Esim. ”mihin tarjouskilpailuissa kannattaa kiinnittää huomiota”.',
        error: 'Kerro, mihin kaipaat neuvoa.',
      },
      offer: {
        label: 'Mitä voit tarjota vastineeksi',
        hint: 'Tulee sanojen ”voin tarjota” jälkeen, joten kirjoita se partitiivissa. Esim. ”apua automaatiohankkeissa”.',
      },
      tone: {
        label: 'Sävy',
        options: { warm: 'Lämmin, kuin vanhojen työkavereiden kesken', formal: 'Muodollisempi' },
        error: 'Valitse sävy.',
      },
      yourName: { label: 'Nimesi', hint: 'Allekirjoitusta varten.', error: 'Kirjoita nimesi allekirjoitusta varten.' },
    },
    checks: {
      'subject-silence': {
        label: 'Aiherivi mainitsee pitkän tauon',
        pass: 'Heti on selvää, että aikaa on kulunut.',
        fail: 'Kerro jo aiherivillä, että edellisestä kerrasta on aikaa, esim. ”Pitkästä aikaa – ja yksi kysymys”.',
      },
      silence: {
        label: 'Viesti mainitsee tauon',
        pass: 'Sanot tauon ääneen etkä teeskentele, että juttelitte viime kuussa.',
        fail: 'Kerro suoraan, kauanko on kulunut: yksi lause keventää tunnelmaa.',
      },
      personal: {
        label: 'Henkilökohtainen sävy',
        pass: 'Viestissä on muisto tai lämmin sana.',
        fail: 'Lisää yhteinen muisto tai lämmin sana, niin henkilökohtaisesti kuin entinen suhteenne sallii.',
      },
      update: {
        label: 'Lyhyet kuulumiset',
        pass: 'Kerrot lyhyesti, mitä teet nyt.',
        fail: 'Lisää rivi tai pari siitä, mitä työelämässäsi on tapahtunut.',
      },
      advice: {
        label: 'Pyydät neuvoa',
        pass: 'Pyydät näkemystä, et sitä, että toinen ratkaisee ongelmasi.',
        fail: 'Pyydä neuvoa tai näkemystä, esim. ”Kaipaisin neuvoasi …”.',
      },
      pressure: {
        label: 'Mikään ei kuulosta epätoivoiselta tai tyrkyltä',
        pass: 'Itsevarma ja paineeton.',
        fail: 'Jotkin sanat painostavat vastaanottajaa. Pidä pyyntö kevyenä ja anna hänen valita.',
      },
      out: {
        label: 'Vastaanottaja saa takaportin',
        pass: 'Kieltäytyminen on tehty helpoksi.',
        fail: 'Sano, että ymmärrät, jos hän ei ehdi, esim. ”jos aika ei nyt sovi, ei hätää”.',
      },
      offer: {
        label: 'Tarjoat apua vastineeksi',
        pass: 'Viesti on vaihtoa, ei pelkkä pyyntö.',
        fail: 'Tarjoa omaa apuasi vastineeksi, vaikka yhdellä lauseella.',
      },
      length: {
        label: 'Tarpeeksi lyhyt puhelimella luettavaksi',
        pass: {
          one: '{count} sana: mahtuu puhelimen näytölle.',
          other: '{count} sanaa: mahtuu puhelimen näytölle tai kahdelle.',
        },
        fail: {
          one: '{count} sana: lyhennä noin {limit} sanaan.',
          other: '{count} sanaa: lyhennä noin {limit} sanaan, jotta viesti on helppo lukea puhelimella.',
        },
      },
    },
    body: 'Sähköpostin teksti',
    copyBody: 'Kopioi sähköposti',
    copySubject: 'Kopioi aihe',
    copyBoth: 'Kopioi aihe ja sähköposti',
    mailto: 'Avaa sähköpostiohjelmassa',
    mailtoHint: 'Avaa uuden sähköpostin, jossa aihe ja teksti ovat valmiina. Lisää vastaanottajan osoite siellä.',
  },
  'contact-request': {
    lead: 'Kirjoita enintään 300 merkin yhteyspyyntö, joka kertoo, miksi haluat verkostoitua – tai sen sijaan ensimmäinen henkilökohtainen viesti, kuten oppitunti usein suosittelee.',
    fields: {
      kind: {
        label: 'Mitä haluat kirjoittaa?',
        options: {
          request: 'Yhteyspyynnön (enintään 300 merkkiä)',
          message: 'Sen sijaan ensimmäisen henkilökohtaisen viestin',
        },
        error: 'Valitse, mitä haluat kirjoittaa.',
      },
      met: {
        label: 'Oletteko tavanneet?',
        options: { yes: 'Kyllä, olemme tavanneet', no: 'Emme vielä' },
        error: 'Kerro, oletteko tavanneet.',
      },
      theirName: {
        label: 'Vastaanottajan nimi',
        hint: 'Niin kuin tervehdit häntä, esim. Heidi.',
        error: 'Kirjoita vastaanottajan nimi.',
      },
      context: {
        label: 'Missä tapasitte?',
        hint: 'Tulee sanojen ”oli mukava tavata sinut” jälkeen. Esim. ”eilen Tampere-talolla”.',
        error: 'Kerro, missä tapasitte: se on pyyntösi syy.',
      },
      contextNotMet: {
        label: 'Miksi haluat verkostoitua?',
        hint: 'Tulee sanojen ”otan yhteyttä, koska” jälkeen. Esim. ”luin kirjoituksesi kiertotaloudesta”.',
        error: 'Kerro, miksi haluat verkostoitua: ilman syytä pyyntö näyttää kontaktien keräilijän pyynnöltä.',
      },
      offer: {
        label: 'Mitä voit tarjota',
        hint: 'Tulee sanojen ”voin tarjota” jälkeen, joten kirjoita se partitiivissa. Esim. ”kokemuksia pilotistamme”.',
      },
      tone: {
        label: 'Sävy',
        options: { warm: 'Ystävällinen', formal: 'Muodollisempi' },
        error: 'Valitse sävy.',
      },
      yourName: { label: 'Nimesi', hint: 'Allekirjoitusta varten.' },
    },
    checks: {
      length: {
        label: 'Enintään 300 merkkiä',
        pass: { one: '{count}/{limit} merkkiä.', other: '{count}/{limit} merkkiä.' },
        fail: {
          one: '{count} merkkiä: enemmän kuin pyynnön sallimat {limit}. Mitään ei leikata pois; lyhennä itse.',
          other: '{count} merkkiä: enemmän kuin pyynnön sallimat {limit}. Mitään ei leikata pois; lyhennä itse.',
        },
      },
      short: {
        label: 'Lyhyt ja ytimekäs',
        pass: { one: '{count} sana.', other: '{count} sanaa: nopea lukea.' },
        fail: { one: '{count} sana.', other: '{count} sanaa: noin {limit} riittää.' },
      },
      reason: {
        label: 'Kerrot syyn',
        pass: 'Syy yhteydenottoon on mukana.',
        fail: 'Kerro, missä tapasitte tai miksi kirjoitat: ilman syytä pyyntö näyttää kontaktien keräilijän pyynnöltä.',
      },
      vague: {
        label: 'Ei epämääräisiä lupauksia',
        pass: 'Ei tyhjää puhetta molemminpuolisesta hyödystä.',
        fail: 'Tällaiset epämääräiset lupaukset herättävät epäluuloa. Kerro konkreettisesti, mitä toivot ja mitä tarjoat.',
      },
      offer: {
        label: 'Kerrot, mitä voit tarjota',
        pass: 'Vastaanottaja näkee, mitä hän voisi saada.',
        fail: 'Ihmisen, joka ei vielä tunne sinua, kannattaa kuulla, mitä voisit tehdä hänen hyväkseen.',
      },
    },
    body: 'Viestin teksti',
    copyBody: 'Kopioi teksti',
  },
  'intro-reply': {
    lead: 'Joku on tarjoutunut esittelemään sinut. Valitse vastauksesi, niin työkalu kirjoittaa kiitollisen ja rehellisen vastauksen oppitunnin hengessä.',
    fields: {
      introducer: {
        label: 'Kuka tarjoutui esittelemään?',
        hint: 'Niin kuin tervehdit häntä, esim. Mikko.',
        error: 'Kirjoita esittelyä tarjonneen nimi.',
      },
      contact: {
        label: 'Kenet hän tarjoutui esittelemään?',
        hint: 'Perusmuodossa, esim. Sanna.',
        error: 'Kirjoita sen ihmisen nimi, jolle sinut esiteltäisiin.',
      },
      decision: {
        label: 'Päätöksesi',
        options: {
          'accept-now': 'Otan vastaan heti',
          'accept-later': 'Otan vastaan ja ehdotan myöhempää ajankohtaa',
          decline: 'Kieltäydyn kiittäen',
        },
        error: 'Valitse päätöksesi.',
      },
      detailNow: {
        label: 'Milloin sinulle sopii?',
        hint: 'Tulee sanojen ”Minulle sopisi” jälkeen. Esim. ”ensi viikolla tiistai- tai torstai-iltapäivä”.',
      },
      detailLater: {
        label: 'Mikä on juuri nyt esteenä?',
        hint: 'Nimeä konkreettinen este, älä pelkkää kiirettä. Esim. ”lähden huomenna viikoksi työmatkalle”.',
      },
      detailDecline: {
        label: 'Miksi kieltäydyt?',
        hint: 'Muutos, jota olet tekemässä, yhdellä lauseella. Esim. ”opiskelen musiikkipedagogiksi”.',
      },
      later: {
        label: 'Milloin palaat asiaan?',
        hint: 'Konkreettinen ajankohta. Tulee sanojen ”palaan asiaan” jälkeen. Esim. ”parin viikon päästä”.',
      },
      name: { label: 'Nimesi', hint: 'Allekirjoitusta varten.' },
    },
    checks: {
      thanks: {
        label: 'Kiität',
        pass: 'Esittelijä kuulee, että arvostat tarjousta.',
        fail: 'Kiitä esittelijää: tarjous on palvelus.',
      },
      busy: {
        label: 'Ei ”liian kiire”',
        pass: 'Ei torjuvaa sävyä.',
        fail: 'Tämä kuulostaa siltä, että aikasi olisi arvokkaampaa kuin hänen. Kerro sen sijaan todellinen este ja ajankohta.',
      },
      availability: {
        label: 'Kerrot, miten tavataan',
        pass: 'Tiedetään, milloin sinulle sopii tai miten sinut tavoittaa.',
        fail: 'Kerro, milloin sinulle sopii, tai anna lupa välittää sähköpostiosoitteesi.',
      },
      constraint: {
        label: 'Nimeät esteen',
        pass: 'Nimetty este kuulostaa suunnitelmallisuudelta.',
        fail: 'Kerro, mikä on esteenä: matka, määräaika tai muutto.',
      },
      concrete: {
        label: 'Ehdotat konkreettista myöhempää ajankohtaa',
        pass: 'Myöntävä vastaus on todellinen: on hetki, jolloin palaat asiaan.',
        fail: 'Ehdota konkreettista hetkeä, esimerkiksi päivämäärää tai ”parin viikon päästä”.',
      },
      reason: {
        label: 'Kerrot todellisen syyn',
        pass: 'Esittelijä ymmärtää, miksi.',
        fail: 'Kerro yhdellä lauseella, että olet vaihtamassa alaa.',
      },
      respect: {
        label: 'Kunnioitat toisen aikaa',
        pass: 'Näytät, ettet halua viedä kenenkään aikaa turhaan.',
        fail: 'Sano, ettet halua viedä hänen aikaansa, kun olet itse suuntaamassa muualle.',
      },
      posted: {
        label: 'Kerrot kuulumisia myöhemmin',
        pass: 'Ovi jää auki.',
        fail: 'Lupaa kertoa esittelijälle, mihin päädyt.',
      },
    },
    body: 'Vastauksen teksti',
    copyBody: 'Kopioi vastaus',
  },
  page: {
    fromLesson: 'Oppitunnilta',
    needsScript:
      'Työkalu toimii selaimessasi JavaScriptin avulla. Kunnes se on latautunut tai jos JavaScript ei ole käytössä, kopioi alta oppitunnin esimerkki ja muokkaa sitä itse.',
    examples: 'Oppitunnin esimerkit itse muokattaviksi',
  },
} satisfies UIStrings['builders'];
