/** Every locale's wording and phrases, for the page (which passes one of them to the island) and the tests. */
import type { Locale } from '../../../../i18n/locales.ts';
import type { ReconnectData } from '../reconnect.ts';
import en from './en.ts';
import de from './de.ts';
import fi from './fi.ts';
import sv from './sv.ts';

export const reconnectData: Record<Locale, ReconnectData> = { en, de, fi, sv };
