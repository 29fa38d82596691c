import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../subgraphs/kit/pagination.js';

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
});
