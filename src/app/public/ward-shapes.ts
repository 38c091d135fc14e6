/** The shapes the public ward map draws: the same as the staff app's, hex map or boundaries. */
import type { WardShapes } from '../../charts/ward-map-svg.js';
import type { Store } from '../../store/connect.js';
import { wardGeometry } from '../dashboards/ward-map.js';

export async function wardShapes(store: Store): Promise<WardShapes> {
  const geometry = await wardGeometry(store);
  return { kind: geometry.kind, features: geometry.geojson.features, source: geometry.source };
}
