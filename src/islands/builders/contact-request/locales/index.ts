/** Every locale's wording and phrases, for the page (which passes one of them to the island) and the tests. */
import type { Locale } from '../../../../i18n/locales.ts';
import type { ContactRequestData } from '../contact-request.ts';
import en from './en.ts';
import de from './de.ts';
import fi from './fi.ts';
import sv from './sv.ts';

export const contactRequestData: Record<Locale, ContactRequestData> = { en, de, fi, sv };
