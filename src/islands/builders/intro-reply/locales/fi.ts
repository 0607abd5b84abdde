/** Vastaus esittelytarjoukseen suomeksi: sanamuodot ja ilmaukset, joita tarkistukset etsivät. */
import type { IntroReplyData, IntroReplyWording } from '../intro-reply.ts';

/** The reply's wording; the quiz reads only this, so it gets no phrase lists. */
export const wording = {
  greeting: 'Hei {introducer},',
  // Finnish inflects names; the wording keeps the contact's name in the nominative.
  thanks: 'kiitos, että tarjouduit esittelemään meidät toisillemme. Arvostan todella, että ajattelit minua.',
  acceptNow: '{contact} on juuri sellainen ihminen, jonka tapaisin mielelläni.',
  free: 'Minulle sopisi {when}, ja joustan mielelläni toisen aikataulun mukaan. Voit hyvin antaa sähköpostiosoitteeni eteenpäin.',
  freeDefault: 'Voit hyvin antaa sähköpostiosoitteeni eteenpäin, ja sovitan aikatauluni toisen mukaan.',
  acceptLater: '{contact} on ihminen, jonka haluan ehdottomasti tavata, ja haluan antaa tapaamiselle kunnolla aikaa.',
  constraint: 'Ajoitus on vain hankala: {constraint}',
  constraintDefault: 'Ajoitus on vain juuri nyt hankala.',
  propose: 'Sopisiko, että palaan asiaan {later}, kun tämä on takanapäin? Silloin keskustelu saa ansaitsemansa huomion.',
  laterDefault: 'parin viikon päästä',
  decline: 'Tarjous on antelias, ja haluan vastata siihen rehellisesti.',
  reason: 'Totuus on, että harkitsen alan vaihtoa: {reason}',
  reasonDefault: 'Totuus on, että harkitsen alan vaihtoa.',
  respect: 'Tiedän, miten kiireinen {contact} on, enkä halua viedä hänen aikaansa, kun olen itse suuntaamassa muualle.',
  posted: 'Kerron sinulle, mihin päädyn.',
  signOff: { 'accept-now': 'Terveisin', 'accept-later': 'Kiitos vielä, terveisin', decline: 'Kiitos vielä, terveisin' },
} satisfies IntroReplyWording;

/** What the checks look for. */
export const phrases = {
  thanks: ['kiitos', 'kiitän', 'kiitollinen', 'arvostan', 'kiva, että', 'ihana, että', 'lämmitti', 'mukava, että'],
  busy: [
    'liian kiire*', 'minulla on kiire', 'olen kiireinen', 'olen liian kiireinen', 'en ehdi', 'ei ole aikaa', 'ehkä myöhemmin',
    'joskus myöhemmin', 'jonain päivänä', 'joskus toiste', 'kun kiireet hellittävät',
  ],
  availability: [
    'sopisi', 'sopii', 'vapaana', 'ehdin', 'maanantai*', 'tiistai*', 'keskiviikko*', 'torstai*', 'perjantai*',
    'lauantai*', 'sunnuntai*', 'sähköpostiosoit*', 'puhelinnumero*', 'aikataulu*', 'kalenteri*',
    'eteenpäin', 'ensi viikolla', 'joustan',
  ],
  constraint: [
    'matka*', 'työmatka*', 'lähden', 'lennän', 'lento*', 'määräai*', 'julkaisu*', 'lanseeraus*', 'muutto*', 'muutan',
    'muutamme', 'messu*', 'konferens*', 'koulutu*', 'tentti*', 'loma*', 'poissa', 'projekti*', 'tarjouskilpailu*', 'asti',
  ],
  concrete: [
    'maanantai*', 'tiistai*', 'keskiviikko*', 'torstai*', 'perjantai*', 'lauantai*', 'sunnuntai*', 'tammikuu*',
    'helmikuu*', 'maaliskuu*', 'huhtikuu*', 'toukokuu*', 'kesäkuu*', 'heinäkuu*', 'elokuu*',
    'syyskuu*', 'lokakuu*', 'marraskuu*', 'joulukuu*', 'ensi viikolla', 'ensi kuussa', '# viikon päästä',
    'parin viikon päästä', 'kahden viikon päästä', 'kolmen viikon päästä', 'neljän viikon päästä', 'viikon päästä',
    'kymmenen päivän päästä', '#.#', 'kuun lopussa', 'kuun vaihteessa',
  ],
  reason: [
    'alan vaihto*', 'vaihtamassa alaa', 'vaihdan alaa', 'vaihtaa alaa', 'uudelle alalle', 'uusi ala', 'opiskelen',
    'kouluttaudun', 'siirryn', 'siirtyä', 'lähdössä', 'muualle', 'uusi suunta', 'uran vaihto*', 'uranvaihto*',
  ],
  respect: ['hänen aikaansa', 'viedä', 'kiireinen', 'tuhlata', 'haaskata'],
  posted: ['kerron sinulle', 'kerron mielelläni', 'pidän sinut ajan tasalla', 'ilmoitan', 'palaan asiaan', 'kuulet minusta'],
} satisfies IntroReplyData['phrases'];

export default { wording, phrases } satisfies IntroReplyData;
