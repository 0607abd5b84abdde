/** The contact-request composer island (lesson 4): the shared flow with this builder's spec. */
import { Builder, type IslandProps } from '../Builder.tsx';
import { contactRequestBuilder, type ContactRequestData } from './contact-request.ts';

export default function ContactRequestBuilder(props: IslandProps<ContactRequestData>) {
  return <Builder spec={contactRequestBuilder} {...props} />;
}
