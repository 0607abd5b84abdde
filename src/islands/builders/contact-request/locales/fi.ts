/**
 * Yhteyspyyntö ja ensimmäinen henkilökohtainen viesti suomeksi: kirjoittaja ja ilmaukset, joita
 * tarkistukset etsivät. Molemmat sävyt sinuttelevat. Tutulle: mitä muistat, yhteydenpito ja mitä
 * voit lähettää. Tuntemattomalle: kuka olet, miksi kirjoitat juuri hänelle, mitä toivot ja mitä
 * voit tarjota, sekä lopputervehdys; yhteyttä voi "pitää" vain tuttuun.
 */
import { closing, own, parts, typed, type Letter, type Part } from '../../letter.ts';
import type { ContactRequestAnswers, ContactRequestCompose } from '../contact-request.ts';

function compose(a: ContactRequestAnswers): Letter {
  const warm = a.tone === 'warm';
  const t = (text: string, move: string) => typed(text, 'fi', move);
  const hope = (text: string): Part => t(a.hope, 'hope') ?? own(text, 'hope');
  const greeting = warm ? `Hei ${a.name}!` : a.met ? `Hei ${a.name},` : `Hyvä ${a.name},`;
  const signOff = warm ? 'Terveisin' : 'Ystävällisin terveisin';

  // A note has room for the reader's sentences and little else: what you remember says you met.
  if (a.kind === 'request') {
    return {
      greeting,
      paragraphs: [
        a.met
          ? parts(
              t(a.reason, 'reason'),
              hope(warm ? 'Pidetään yhteyttä täälläkin!' : 'Olisi hienoa pysyä yhteydessä.'),
              t(a.offer, 'offer'),
            )
          : parts(
              t(a.about, 'intro'),
              t(a.reason, 'reason'),
              hope(warm ? 'Lisäisin sinut mielelläni verkostooni.' : 'Olisi ilo saada sinut verkostooni.'),
              t(a.offer, 'offer'),
            ),
      ],
      closing: a.met ? closing(a.yourName, '') : closing(signOff, a.yourName),
      layout: 'note',
    };
  }

  const later =
    a.kind === 'email'
      ? warm
        ? 'Vastaa ihan rauhassa, kun ehdit.'
        : 'Ymmärrän hyvin, jos et juuri nyt ehdi vastata.'
      : warm
        ? 'Jos haluat, voimme myöhemmin lisätä toisemme myös kontakteiksi. Vastaa ihan rauhassa, kun ehdit.'
        : 'Jos sinulle sopii, voimme myöhemmin lisätä toisemme myös kontakteiksi. Ymmärrän hyvin, jos et juuri nyt ehdi vastata.';
  return {
    ...(a.kind === 'email'
      ? {
          subject: a.met
            ? warm
              ? 'Hauska tutustua'
              : 'Tapaamisemme jatkoksi'
            : a.yourName
              ? `${a.yourName} esittäytyy`
              : 'Lyhyt esittäytyminen',
        }
      : {}),
    greeting,
    paragraphs: a.met
      ? [
          parts(t(a.reason, 'reason')),
          parts(hope(warm ? 'Olisi hienoa pitää yhteyttä.' : 'Olisi ilo pysyä yhteydessä.'), t(a.offer, 'offer')),
          parts(own(later)),
        ]
      : [
          parts(t(a.about, 'intro'), t(a.reason, 'reason')),
          parts(hope('Kuulisin mielelläni lisää työstäsi.'), t(a.offer, 'offer')),
          parts(own(later)),
        ],
    closing: closing(signOff, a.yourName),
    layout: 'email',
  };
}

/** The writer: the JavaScript the island loads for this locale, once the reader heads for "Write". */
export default {
  compose,
} satisfies ContactRequestCompose;
