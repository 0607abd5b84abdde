/** The reconnection-email builder island (lesson 3): the shared flow with this builder's spec. */
import { Builder, type IslandProps } from '../Builder.tsx';
import { reconnectBuilder, type ReconnectData } from './reconnect.ts';

export default function ReconnectBuilder(props: IslandProps<ReconnectData>) {
  return <Builder spec={reconnectBuilder} {...props} />;
}
