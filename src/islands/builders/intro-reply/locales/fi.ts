/**
 * Vastaus esittelytarjoukseen suomeksi: kirjoittaja ja ilmaukset, joita tarkistukset etsivät.
 * Molemmat sävyt sinuttelevat. Esiteltävän nimi pysyy perusmuodossa: lauseet on rakennettu niin,
 * ettei nimeä tarvitse taivuttaa (hän on suomessa neutraali, joten sitä voi käyttää).
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { inWeeks, onDay } from '../../grammar/fi.ts';
import type { IntroReplyAnswers, IntroReplyCompose } from '../intro-reply.ts';

const later = (a: IntroReplyAnswers) => ('day' in a.later ? onDay(a.later.day) : inWeeks(a.later.weeks));

const signOffs = {
  warm: { 'accept-now': 'Terveisin', 'accept-later': 'Kiitos vielä kerran!', decline: 'Kiitos vielä kerran!' },
  formal: {
    'accept-now': 'Ystävällisin terveisin',
    'accept-later': 'Kiitos vielä ja ystävällisin terveisin',
    decline: 'Kiitos vielä ja ystävällisin terveisin',
  },
} as const;

function compose(a: IntroReplyAnswers): Letter {
  const warm = a.tone === 'warm';
  const detail = typed(
    a.detail,
    'fi',
    a.decision === 'accept-now' ? 'availability' : a.decision === 'accept-later' ? 'constraint' : 'reason',
  );
  const decided = a.change === 'decided';
  const thanks = own(
    warm
      ? 'Kiitos, että tarjouduit esittelemään meidät toisillemme. On todella mukavaa, että ajattelit minua.'
      : 'Kiitos tarjouksestasi esitellä meidät toisillemme. Arvostan suuresti, että ajattelit minua.',
    'thanks',
  );
  const paragraphs =
    a.decision === 'accept-now'
      ? [
          parts(thanks, own(`${a.contact} on juuri sellainen ihminen, jonka tapaisin mielelläni.`)),
          parts(
            detail,
            own(
              warm
                ? 'Voit hyvin antaa sähköpostiosoitteeni eteenpäin – joustan aikatauluni suhteen.'
                : 'Voit antaa sähköpostiosoitteeni eteenpäin; sovitan aikatauluni tapaamisen mukaan.',
              'availability',
            ),
          ),
        ]
      : a.decision === 'accept-later'
        ? [
            parts(
              thanks,
              own(
                `${a.contact} on juuri sellainen ihminen, jonka tapaisin mielelläni, ja haluaisin varata keskustelulle kunnolla aikaa.`,
              ),
            ),
            detail
              ? parts(
                  own('Tällä hetkellä aikatauluni on kuitenkin tiukka.', 'constraint'),
                  detail,
                  own(`Sopisiko, että palaan asiaan ${later(a)}, kun kiireisin vaihe on ohi?`, 'concrete'),
                )
              : parts(own(`Sopisiko, että palaan asiaan ${later(a)}, niin sovitaan silloin aika?`, 'concrete')),
          ]
        : [
            parts(thanks, own('Haluan kuitenkin vastata sinulle suoraan.')),
            parts(
              own(decided ? 'Olen vaihtamassa alaa.' : 'Harkitsen alan vaihtoa.', 'reason'),
              detail,
              own(
                decided
                  ? `${a.contact} on varmasti kiireinen, enkä halua viedä hänen aikaansa, kun tieni vie jo toisaalle. Jätän siksi esittelyn tällä kertaa väliin.`
                  : `${a.contact} on varmasti kiireinen, enkä halua viedä hänen aikaansa, kun en vielä tiedä, mihin suuntaan olen menossa. Jätän siksi esittelyn tällä kertaa väliin.`,
                'respect',
              ),
            ),
            parts(
              own(
                decided
                  ? 'Kerron mielelläni myöhemmin, miten uusi urani lähtee käyntiin.'
                  : 'Kerron sinulle, mihin päädyn.',
                'posted',
              ),
            ),
          ];
  return {
    greeting: warm ? `Hei ${a.introducer}!` : `Hei ${a.introducer},`,
    paragraphs,
    closing: closing(signOffs[a.tone][a.decision], a.name),
    closingMove: 'thanks',
    layout: 'email',
  };
}

/** The writer: the JavaScript the island loads for this locale, once the reader heads for "Write". */
export default {
  compose,
} satisfies IntroReplyCompose;
