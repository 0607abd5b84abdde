/** The contact-request composer island (lesson 4): the shared flow with this builder's spec. */
import { Builder, type IslandProps } from '../Builder.tsx';
import { contactRequest, type ContactData } from './contact-request.ts';

export default function ContactRequestBuilder(props: IslandProps<ContactData>) {
  return <Builder spec={contactRequest} {...props} />;
}
