/**
 * Every locale's writer, for the build (the catalogue, the tests). The island loads only its own
 * locale's, through `load.ts`, so a page carries one language's wording.
 */
import type { Locale } from '../../../../i18n/locales.ts';
import type { ContactRequestWriter } from '../contact-request.ts';
import en from './en.ts';
import de from './de.ts';
import fi from './fi.ts';
import sv from './sv.ts';

export const contactRequestData: Record<Locale, ContactRequestWriter> = { en, de, fi, sv };
