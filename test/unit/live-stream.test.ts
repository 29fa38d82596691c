import { DomainError } from '../../subgraphs/kit/errors.js';
import type { StoredEvent } from '../../subgraphs/kit/events.js';
import { LiveStream } from '../../subgraphs/kit/live-stream.js';

const event = (id: number): StoredEvent => ({
  id: String(id), type: 'Test', aggregateId: 'a', partnerIds: [], actor: { kind: 'SYSTEM' }, payload: {},
  correlationId: null, occurredAt: new Date(),
});

describe('LiveStream (bounded subscriber queue)', () => {
  it('delivers in order, then the ending error, then completes', async () => {
    let closed = 0;
    const stream = new LiveStream(10, () => new DomainError('SUBSCRIPTION_OVERFLOW'), () => { closed += 1; });
    stream.push(event(1));
    stream.push(event(2));
    stream.end(new DomainError('SUBSCRIPTION_REVOKED'));
    stream.push(event(3)); // after the end: dropped
    const items: Awaited<ReturnType<typeof stream.next>>['value'][] = [];
    for await (const item of stream) items.push(item);
    expect(items.map((item) => ('event' in item ? item.event.id : (item.end.extensions.reason as string))))
      .toEqual(['1', '2', 'SUBSCRIPTION_REVOKED']);
    expect(closed).toBe(1);
  });

  it('a subscriber that does not read is dropped with SUBSCRIPTION_OVERFLOW once its buffer is full', async () => {
    const stream = new LiveStream(3, () => new DomainError('SUBSCRIPTION_OVERFLOW'), () => undefined);
    for (let id = 1; id <= 100; id += 1) stream.push(event(id));
    expect(stream.size).toBeLessThanOrEqual(3);
    const first = await stream.next();
    expect(first.value).toMatchObject({ end: expect.objectContaining({ extensions: expect.objectContaining({ reason: 'SUBSCRIPTION_OVERFLOW' }) }) });
    expect((await stream.next()).done).toBe(true);
  });

  it('a waiting reader is woken by the next event', async () => {
    const stream = new LiveStream(3, () => new DomainError('SUBSCRIPTION_OVERFLOW'), () => undefined);
    const next = stream.next();
    stream.push(event(7));
    expect(await next).toMatchObject({ value: { event: { id: '7' } }, done: false });
    await stream.return();
    expect((await stream.next()).done).toBe(true);
  });
});
