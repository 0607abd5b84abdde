/** The contact-request composer island (lesson 4): the shared flow with this builder's spec. */
import { BuilderIsland, type IslandProps } from '../Island.tsx';
import { contactRequestBuilder } from './contact-request.ts';
import { loadContactRequest } from './locales/load.ts';

export default function ContactRequestBuilder(props: IslandProps) {
  return <BuilderIsland spec={contactRequestBuilder} load={loadContactRequest} {...props} />;
}
