/** The reconnection-email builder island (lesson 3): the shared flow with this builder's spec. */
import { BuilderIsland, type IslandProps } from '../Island.tsx';
import { reconnectBuilder } from './reconnect.ts';
import { loadReconnect } from './locales/load.ts';

export default function ReconnectBuilder(props: IslandProps) {
  return <BuilderIsland spec={reconnectBuilder} load={loadReconnect} {...props} />;
}
