import { GraphQLError } from 'graphql';
import {
  decodeCursor, decodeTimeCursor, encodeCursor, loadConnection, pageSize, toConnection,
} from '../../subgraphs/kit/pagination.js';

describe('pagination', () => {
  it('first is bounded to 0…100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    for (const bad of [101, -1, 2.5]) {
      expect(() => pageSize(bad)).toThrow(GraphQLError);
    }
  });

  it('cursors round-trip and garbage is a BAD_USER_INPUT', () => {
    expect(decodeCursor(encodeCursor(['adatum', 'id-1']), 2)).toEqual(['adatum', 'id-1']);
    try {
      decodeCursor('not-a-cursor', 2);
      throw new Error('expected an error');
    } catch (error) {
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    }
  });

  it('a page of size n fetched with n + 1 rows knows there is more', () => {
    const page = toConnection([1, 2, 3], 2, (n) => [n], { afterGiven: false });
    expect(page.edges.map((edge) => edge.node)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor, 1)).toEqual([2]);
  });

  it('a (timestamp, id) cursor keeps microseconds; anything else is INVALID_CURSOR', () => {
    const id = '3f2c4a8e-1b7d-4e2a-9c1f-0a1b2c3d4e5f';
    expect(decodeTimeCursor(encodeCursor(['2026-03-01T10:00:00.000300Z', id]))).toEqual(['2026-03-01T10:00:00.000300Z', id]);
    expect(decodeTimeCursor(encodeCursor(['2026-03-01T10:00:00.000300Z', 'G1-0001']), 'text')).toEqual(['2026-03-01T10:00:00.000300Z', 'G1-0001']);
    for (const forged of [['2026-03-01T10:00:00.000Z', id], ['2026-03-01T10:00:00.000300Z', 'not-a-uuid'], ['yesterday', id]]) {
      expect(() => decodeTimeCursor(encodeCursor(forged))).toThrow(GraphQLError);
    }
    expect(decodeTimeCursor(null)).toBeNull();
  });

  it('a loaded page skips a vanished row but keeps its cursor, and knows there is more', async () => {
    const keyed = ['a', 'b', 'c'].map((id, n) => ({ id, key: [`t${n}`, id] }));
    const loader = { loadMany: async (ids: readonly string[]) => ids.map((id) => (id === 'b' ? null : { id })) };
    const page = await loadConnection(keyed, 2, loader, { afterGiven: true });
    expect(page.edges.map((edge) => edge.node)).toEqual([{ id: 'a' }]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(page.pageInfo.endCursor, 2)).toEqual(['t1', 'b']);
  });
});
