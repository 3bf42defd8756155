import { describe, expect, it } from 'vitest';
import { workerUrl } from '../../../pipeline/util/worker-url.js';

describe('workerUrl()', () => {
  it('workerUrl(built module) is beside it; workerUrl(TypeScript source) is the built worker under dist/', () => {
    expect(workerUrl('file:///srv/debrief/dist/bundle/debrief.js', 'fold-worker').href).toBe('file:///srv/debrief/dist/bundle/fold-worker.js');
    expect(workerUrl('file:///srv/debrief/dist/pipeline/stream/ingest.js', 'fold-worker').href).toBe('file:///srv/debrief/dist/pipeline/stream/fold-worker.js');
    // A checkout inside a folder also named pipeline: the project's own pipeline/ is the last one.
    expect(workerUrl('file:///home/pipeline/debrief/pipeline/outputs/thread.ts', 'outputs-worker').href).toBe('file:///home/pipeline/debrief/dist/pipeline/outputs/outputs-worker.js');
  });
});
