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
    clearYes: 'Kyllä, poista',
    clearNo: 'Säilytä',
    cleared: 'Kaikki luonnokset poistettu.',
    deleted: 'Luonnos poistettu.',
    created: 'Uusi luonnos aloitettu.',
    opened: 'Luonnos avattu.',
    full: 'Sinulla on {count} luonnosta, enempää tämä työkalu ei säilytä. Poista yksi, niin voit aloittaa uuden.',
    storageUnavailable: 'Tämä selain ei salli sivun tallentaa luonnoksia. Luonnoksesi säilyy, kunnes suljet sivun.',
    writerFailed:
      'Työkalu ei saanut ladattua luonnoksesi sanamuotoja. Tarkista yhteys ja yritä uudelleen; vastauksesi säilyvät.',
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
    leftRecommended: {
      one: '{count} merkki jäljellä suositellusta enimmäispituudesta ({limit})',
      other: '{count} merkkiä jäljellä suositellusta enimmäispituudesta ({limit})',
    },
    overRecommended: {
      one: '{count} merkki yli suositellun pituuden ({limit}), mutta viestin voi silti lähettää',
      other: '{count} merkkiä yli suositellun pituuden ({limit}), mutta viestin voi silti lähettää',
    },
  },
  reconnect: {
    lead: 'Kirjoita ihmiselle, jonka kanssa et ole puhunut vuosiin: työkalu luonnostelee sähköpostin oppitunnin viiden askeleen mukaan ja tarkistaa sitten muokkaamasi version niitä vasten.',
    fields: {
      theirName: {
        label: 'Vastaanottajan nimi',
        hint: 'Niin kuin tervehdit häntä, esim. Päivi.',
        error: 'Kirjoita vastaanottajan nimi.',
      },
      relationship: {
        label: 'Kuka hän oli sinulle?',
        hint: 'Tästä riippuu, kuinka lämmin tervehdys ja lopputervehdys voivat olla.',
        options: {
          manager: 'Entinen esihenkilö tai mentori',
          colleague: 'Entinen työkaveri',
          other: 'Joku, jonka tunsin huonommin: asiakas, opiskelukaveri, tuttava',
        },
        error: 'Valitse, kuka hän oli sinulle.',
      },
      years: {
        label: 'Kauanko viimeisestä yhteydenpidosta on suunnilleen?',
        choose: 'Valitse …',
        option: { one: 'Noin vuosi', other: 'Noin {count} vuotta' },
        error: 'Valitse, kauanko viimeisestä yhteydenpidosta on suunnilleen.',
      },
      memory: {
        label: 'Muisto tai jotain, mitä olet häneltä oppinut',
        hint: 'Lause omin sanoin, esim. ”Mieleeni tulee yhä usein yhteinen aikamme Pirkan Automaatiossa.”',
      },
      news: {
        label: 'Mitä sinulle kuuluu',
        hint: 'Lause tai pari siitä, mitä työelämässäsi on sen jälkeen tapahtunut, esim. ”Vedän nykyään asiakaspalvelutiimiä Helsingissä.”',
        error: 'Kerro lauseella tai parilla, mitä sinulle kuuluu.',
      },
      advice: {
        label: 'Mihin kaipaat neuvoa',
        hint: 'Lause tai kysymys, esim. ”Mihin julkisissa tarjouskilpailuissa kannattaa kiinnittää huomiota?” Sen jälkeen viesti ehdottaa lyhyttä puhelua.',
        error: 'Kerro lauseella, mihin kaipaat neuvoa.',
      },
      offer: {
        label: 'Mitä voit tarjota vastineeksi',
        hint: 'Lause, esim. ”Automaatiohankkeissa voin auttaa sinua milloin vain.” Ilman sitä viesti tarjoaa apua yleisesti.',
      },
      tone: {
        label: 'Sävy',
        hint: 'Lämmin sopii useimmille, joiden kanssa teit tiiviisti töitä; muodollisempi sopii esimerkiksi entiselle johtajalle, jonka tunsit vain vähän.',
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
    lead: 'Kirjoita yhteyspyyntö, joka kertoo, miksi haluat verkostoitua, siinä pituudessa kuin verkostosi sallii (ilmaisella LinkedIn-tilillä 200 merkkiä) – tai sen sijaan ensimmäinen henkilökohtainen viesti, kuten oppitunti usein suosittelee.',
    fields: {
      platform: {
        label: 'Mihin lähetät sen?',
        hint: 'Rajat perustuvat tietoihin, jotka olivat yleisesti saatavilla {date}. Viimeisen sanan sanoo verkoston oma laskuri. LinkedIn rajoittaa myös sitä, kuinka moneen yhteyspyyntöön ilmaisella tilillä voi lisätä viestin kuukaudessa. Kun kuukauden kiintiö on käytetty, lähetä sama viesti sähköpostilla.',
        options: {
          linkedin: 'LinkedIn, ilmainen tili (viesti enintään {limit} merkkiä)',
          'linkedin-premium': 'LinkedIn Premium (viesti enintään {limit} merkkiä)',
          xing: 'XING (viesti enintään {limit} merkkiä)',
          email: 'Sähköposti (ensimmäinen viesti aiheriveineen)',
          other: 'Jokin muu verkosto (suosittelemme enintään {limit} merkkiä)',
        },
        error: 'Valitse, mihin lähetät sen.',
      },
      kind: {
        label: 'Mitä haluat kirjoittaa?',
        options: {
          request: 'Yhteyspyynnön lyhyellä viestillä',
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
      about: {
        label: 'Kuka olet',
        hint: 'Lause, joka esittelee sinut, esim. ”Työskentelen Tampereen kaupungilla.”',
        error: 'Kerro lauseella, kuka olet: hän ei vielä tunne sinua.',
      },
      reasonMet: {
        label: 'Mitä muistat tapaamisestanne',
        hint: 'Lause, jolla viestisi alkaa, esim. ”Oli mukava jutella eilen Tampere-talolla.”',
        error: 'Kerro lauseella, missä tapasitte: se on pyyntösi syy.',
      },
      reasonNotMet: {
        label: 'Miksi kirjoitat juuri hänelle',
        hint: 'Lause, esim. ”Luin kirjoituksesi kiertotaloudesta hankinnoissa.”',
        error: 'Kerro lauseella, miksi otat yhteyttä: ilman syytä pyyntö näyttää kontaktien keräilyltä.',
      },
      hope: {
        label: 'Mitä toivot',
        hint: 'Lause, esim. ”Haluaisin kuulla kokemuksistasi.” Ilman sitä viesti kertoo, että haluat pitää yhteyttä, tai tuntemattomalle, että lisäisit hänet mielelläsi verkostoosi.',
      },
      offer: {
        label: 'Mitä voit tarjota',
        hint: 'Lause, esim. ”Voin kertoa pilotistamme.”',
        error: 'Kerro lauseella, mitä voit tarjota: tuntemattoman kannattaa kuulla, mitä voisit tehdä hänen hyväkseen.',
      },
      tone: {
        label: 'Sävy',
        hint: 'Ystävällinen sopii useimmille; muodollisempi sopii esimerkiksi johtajalle, jota et ole tavannut.',
        options: { warm: 'Ystävällinen', formal: 'Muodollisempi' },
        error: 'Valitse sävy.',
      },
      yourName: {
        label: 'Nimesi',
        hint: 'Allekirjoitusta varten.',
        error: 'Kirjoita nimesi: tuntemattoman pitää nähdä, kuka kirjoittaa.',
      },
    },
    checks: {
      length: {
        label: 'Viestin rajan sisällä',
        pass: { one: '{count}/{limit} merkkiä.', other: '{count}/{limit} merkkiä.' },
        fail: {
          one: '{count} merkki: enemmän kuin tämän verkoston {limit}. Mitään ei leikata pois; lyhennä itse.',
          other: '{count} merkkiä: enemmän kuin tämän verkoston {limit}. Mitään ei leikata pois; lyhennä itse.',
        },
      },
      recommended: {
        label: 'Suositellun pituuden sisällä',
        pass: { one: '{count}/{limit} suositellusta merkistä.', other: '{count}/{limit} suositellusta merkistä.' },
        fail: {
          one: '{count} merkki: enemmän kuin suosittelemamme {limit}. Viestin voi silti lähettää, mutta lyhyt viesti luetaan.',
          other:
            '{count} merkkiä: enemmän kuin suosittelemamme {limit}. Viestin voi silti lähettää, mutta lyhyt viesti luetaan.',
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
      intro: {
        label: 'Kerrot, kuka olet',
        pass: 'Hän saa tietää, kuka kirjoittaa.',
        fail: 'Lisää lause siitä, kuka olet: tuntematon haluaa tietää, kuka kirjoittaa.',
      },
      hope: {
        label: 'Kerrot, mitä toivot',
        pass: 'Hän tietää, mitä toivot.',
        fail: 'Kerro, mitä toivot, esimerkiksi kuulla, miten hän hoitaa jotain, mitä teette molemmat.',
      },
    },
    body: 'Viestin teksti',
    copyBody: 'Kopioi teksti',
    copySubject: 'Kopioi aihe',
    copyBoth: 'Kopioi aihe ja viesti',
    mailto: 'Avaa sähköpostiohjelmassa',
    mailtoHint: 'Avaa uuden viestin, jossa aihe ja teksti ovat valmiina. Lisää osoite siellä.',
  },
  'intro-reply': {
    lead: 'Joku on tarjoutunut esittelemään sinut. Valitse vastauksesi, niin työkalu kirjoittaa kiitollisen ja rehellisen vastauksen oppitunnin hengessä.',
    fields: {
      introducer: {
        label: 'Kuka tarjoutui esittelemään sinut?',
        hint: 'Niin kuin tervehdit häntä, esim. Mikko.',
        error: 'Kirjoita sen ihmisen nimi, joka tarjoutui esittelemään sinut.',
      },
      contact: {
        label: 'Kenelle hän tarjoutui sinut esittelemään?',
        hint: 'Nimi perusmuodossa, esim. Sanna Korhonen. Vastaus on kirjoitettu niin, ettei nimeä tarvitse taivuttaa.',
        error: 'Kirjoita sen ihmisen nimi, jolle sinut esitellään.',
      },
      tone: {
        label: 'Sävy',
        hint: 'Lämmin sopii tutulle; muodollisempi sopii esimerkiksi johtajalle.',
        options: { warm: 'Lämmin', formal: 'Muodollisempi' },
        error: 'Valitse sävy.',
      },
      decision: {
        label: 'Päätöksesi',
        options: {
          'accept-now': 'Suostu heti',
          'accept-later': 'Suostu ja ehdota myöhempää ajankohtaa',
          decline: 'Kieltäydy kiittäen',
        },
        error: 'Valitse päätöksesi.',
      },
      detailNow: {
        label: 'Milloin sinulle sopii?',
        hint: 'Lause, esim. ”Minulle sopisi ensi viikolla tiistai- tai torstai-iltapäivä.”',
      },
      detailLater: {
        label: 'Mikä on juuri nyt esteenä?',
        hint: 'Kerro este lauseella, älä ”kiire”, esim. ”Lähden huomenna viikoksi työmatkalle, ja heti sen jälkeen meillä on julkaisu.”',
        error: 'Kerro lauseella, mikä on esteenä: nimetty este kuulostaa suunnitelmalta, ”kiire” torjunnalta.',
      },
      detailDecline: {
        label: 'Miksi kieltäydyt?',
        hint: 'Tekemäsi muutos lauseella, esim. ”Opiskelen musiikkipedagogiksi.”',
      },
      change: {
        label: 'Onko muutos päätetty?',
        options: { considering: 'Harkitsen sitä vielä', decided: 'Kyllä, se on päätetty' },
        error: 'Kerro, onko muutos päätetty.',
      },
      later: {
        label: 'Milloin palaat asiaan?',
        hint: 'Kun este on ohi: neljän viikon lanseerauksen jälkeen esimerkiksi kuuden viikon päästä.',
        choose: 'Valitse …',
        options: {
          '1': 'Viikon päästä',
          '2': 'Kahden viikon päästä',
          '3': 'Kolmen viikon päästä',
          '4': 'Neljän viikon päästä',
          '6': 'Kuuden viikon päästä',
          '8': 'Kahdeksan viikon päästä',
          date: 'Valitsemanani päivänä',
        },
        error: 'Valitse, milloin palaat asiaan.',
      },
      laterDate: {
        label: 'Minä päivänä?',
        hint: 'Vastauksessa mainitaan viikonpäivä ja päivämäärä.',
        error: 'Valitse päivä, jona palaat asiaan.',
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
