import { GraphQLError } from 'graphql';
import {
  decodeCursor, decodeTimeCursor, encodeCursor, keysetConnection, pageSize, scopedList, useCursorSecret,
  type KeyedNode, type KeyPart, type KeysetList,
} from '../../subgraphs/kit/pagination.js';

/** An in-memory list of `rows` (each with its key), read as a page query would, `limit` rows at most. */
function listOf<R, T = R>(list: string, key: KeyPart[], rows: KeyedNode<R>[], nodes?: KeysetList<T, R>['nodes']): KeysetList<T, R> {
  return { list, scope: [], key, rows: async (_, limit) => rows.slice(0, limit), count: async () => rows.length, nodes };
}

describe('pagination', () => {
  it('first is bounded to 0…100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    for (const bad of [101, -1, 2.5]) {
      expect(() => pageSize(bad)).toThrow(GraphQLError);
    }
  });

  it('cursors round-trip and garbage is a BAD_USER_INPUT', () => {
    expect(decodeCursor(encodeCursor('invoices', ['adatum', 'id-1']), 'invoices', ['text', 'text'])).toEqual(['adatum', 'id-1']);
    try {
      decodeCursor('not-a-cursor', 'invoices', ['text', 'text']);
      throw new Error('expected an error');
    } catch (error) {
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    }
  });

  it('a page of size n fetched with n + 1 rows knows there is more', async () => {
    const asked: [string[] | null, number][] = [];
    const rows = async (after: string[] | null, limit: number) => {
      asked.push([after, limit]);
      return [1, 2, 3].map((n) => ({ node: n, key: [`k${n}`] })).slice(0, limit);
    };
    const page = await keysetConnection({ first: 2 }, { ...listOf('numbers', ['text'], []), rows });
    expect(asked).toEqual([[null, 3]]);
    expect(page.edges.map((edge) => edge.node)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor, 'numbers', ['text'])).toEqual(['k2']);
    expect(typeof page.totalCount === 'function' && await page.totalCount()).toBe(0);
  });

  it('first: 0 is an empty page with no next page and no cursors: a client looping on hasNextPage stops', async () => {
    const page = await keysetConnection({ first: 0 }, listOf('numbers', ['text'], [{ node: 1, key: ['k1'] }]));
    expect(page).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, startCursor: null, endCursor: null } });
    const loaded = await keysetConnection({ first: 0, after: encodeCursor('letters', ['t', 'a']) },
      listOf('letters', ['text', 'text'], [{ node: 'a', key: ['t0', 'a'] }], async (ids) => ids.map((id) => ({ id }))));
    expect(loaded).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null } });
  });

  it('first is checked before the list is built, the cursor after: a cursor of another list is INVALID_CURSOR', async () => {
    let built = 0;
    const build = () => {
      built += 1;
      return listOf<number>('numbers', ['text'], []);
    };
    await expect(keysetConnection({ first: 101, after: 'x' }, build))
      .rejects.toMatchObject({ extensions: { reason: 'PAGE_SIZE_OUT_OF_RANGE' } });
    expect(built).toBe(0);
    await expect(keysetConnection({ after: encodeCursor('letters', ['k1']) }, build))
      .rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' } });
    const scoped = { ...listOf('numbers', ['text'], [{ node: 2, key: ['k2'] }]), scope: ['partner-a'] };
    const page = await keysetConnection({ after: encodeCursor(scopedList('numbers', 'partner-a'), ['k1']) }, scoped);
    expect(page.edges.map((edge) => edge.node)).toEqual([2]);
    expect(decodeCursor(page.pageInfo.startCursor, scopedList('numbers', 'partner-a'), ['text'])).toEqual(['k2']);
  });

  it('a (timestamp, id) cursor keeps microseconds; anything else is INVALID_CURSOR', () => {
    const id = '3f2c4a8e-1b7d-4e2a-9c1f-0a1b2c3d4e5f';
    expect(decodeTimeCursor(encodeCursor('leads', ['2026-03-01T10:00:00.000300Z', id]), 'leads')).toEqual(['2026-03-01T10:00:00.000300Z', id]);
    expect(decodeTimeCursor(encodeCursor('invoices', ['2026-03-01T10:00:00.000300Z', 'G1-0001']), 'invoices', 'text'))
      .toEqual(['2026-03-01T10:00:00.000300Z', 'G1-0001']);
    for (const forged of [['2026-03-01T10:00:00.000Z', id], ['2026-03-01T10:00:00.000300Z', 'not-a-uuid'], ['yesterday', id],
      ['2026-02-30T10:00:00.000300Z', id], ['2026-03-01T25:00:00.000300Z', id]]) {
      expect(() => decodeTimeCursor(encodeCursor('leads', forged), 'leads')).toThrow(GraphQLError);
    }
    expect(decodeTimeCursor(null, 'leads')).toBeNull();
  });

  it('a loaded page skips a vanished row but keeps its cursor, and knows there is more', async () => {
    const keyed = ['a', 'b', 'c'].map((id, n) => ({ node: id, key: [`t${n}`, id] }));
    const nodes = async (ids: readonly string[]) => ids.map((id) => (id === 'b' ? null : { id }));
    const page = await keysetConnection({ first: 2, after: encodeCursor('letters', ['t', 'a']) },
      listOf('letters', ['text', 'text'], keyed, nodes));
    expect(page.edges.map((edge) => edge.node)).toEqual([{ id: 'a' }]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(page.pageInfo.endCursor, 'letters', ['text', 'text'])).toEqual(['t1', 'b']);
  });

  describe('issue 13 kind 5: a cursor names its list and carries checked values', () => {
    const id = '3f2c4a8e-1b7d-4e2a-9c1f-0a1b2c3d4e5f';
    const invalid = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as GraphQLError).extensions;
      }
      throw new Error('expected INVALID_CURSOR');
    };

    it('a cursor of another list is INVALID_CURSOR, never applied', () => {
      const cursor = encodeCursor('customers', ['σίσυφοσ α.ε.', id]);
      expect(decodeCursor(cursor, 'customers', ['text', 'uuid'])).toEqual(['σίσυφοσ α.ε.', id]);
      expect(invalid(() => decodeCursor(cursor, 'sharedCustomers', ['text', 'uuid'])))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', argument: 'after' });
    });

    it.each([
      ['a number where text is due', ['customers', 5, id]],
      ['an id that is not a UUID', ['customers', 'adatum', 'x']],
      ['one value too many', ['customers', 'adatum', id, id]],
      ['U+0000 in the key', ['customers', 'ada\u0000tum', id]],
      ['an unpaired surrogate in the key', ['customers', 'ada\ud800tum', id]],
      ['a key longer than any name', ['customers', 'a'.repeat(1025), id]],
      ['one value too few', ['customers', id]],
    ])('%s is INVALID_CURSOR, even signed', (_, values) => {
      const cursor = encodeCursor('customers', values.slice(1) as string[]);
      expect(invalid(() => decodeCursor(cursor, 'customers', ['text', 'uuid']))).toMatchObject({ reason: 'INVALID_CURSOR' });
    });

    it('an unsigned cursor of the right shape (forged) is INVALID_CURSOR', () => {
      const payload = Buffer.from(JSON.stringify(['adatum', id])).toString('base64url');
      for (const forged of [payload, `${payload}.`, `${payload}.${'A'.repeat(22)}`]) {
        expect(invalid(() => decodeCursor(forged, 'customers', ['text', 'uuid']))).toMatchObject({ reason: 'INVALID_CURSOR' });
      }
    });

    it('a cursor of the same list for another partner, parent or filter is INVALID_CURSOR', () => {
      const cursor = encodeCursor(scopedList('customers', 'partner-a', { search: '%a%' }), ['adatum', id]);
      expect(decodeCursor(cursor, scopedList('customers', 'partner-a', { search: '%a%' }), ['text', 'uuid'])).toEqual(['adatum', id]);
      for (const other of [scopedList('customers', 'partner-b', { search: '%a%' }), scopedList('customers', 'partner-a', { search: '%b%' }),
        scopedList('customers', 'partner-a', null), 'customers']) {
        expect(invalid(() => decodeCursor(cursor, other, ['text', 'uuid']))).toMatchObject({ reason: 'INVALID_CURSOR' });
      }
    });

    it('a changed key keeps no signature: INVALID_CURSOR', () => {
      const [, signature] = encodeCursor('customers', ['adatum', id]).split('.');
      const payload = Buffer.from(JSON.stringify(['zeta', id])).toString('base64url');
      expect(invalid(() => decodeCursor(`${payload}.${signature}`, 'customers', ['text', 'uuid']))).toMatchObject({ reason: 'INVALID_CURSOR' });
    });

    it('only canonical unpadded base64url: padding, "+/", whitespace or trailing garbage is INVALID_CURSOR', () => {
      const cursor = encodeCursor('customers', ['σίσυφοσ α.ε.?>', id]);
      const [payload, signature] = cursor.split('.');
      const standard = (text: string) => Buffer.from(text, 'base64url').toString('base64');
      expect(standard(payload)).toMatch(/[+/]/);
      for (const variant of [`${standard(payload)}.${signature}`, `${payload}.${standard(signature)}`, `${payload}==.${signature}`,
        `${payload}.${signature}=`, `${cursor}x`, `${cursor}.x`, ` ${cursor}`, `${cursor}\n`, `${payload}%3D.${signature}`]) {
        expect(invalid(() => decodeCursor(variant, 'customers', ['text', 'uuid']))).toMatchObject({ reason: 'INVALID_CURSOR' });
      }
      expect(decodeCursor(cursor, 'customers', ['text', 'uuid'])).toEqual(['σίσυφοσ α.ε.?>', id]);
    });

    it('a cursor signed with another secret (another deployment) is INVALID_CURSOR', () => {
      useCursorSecret('one secret');
      const cursor = encodeCursor('customers', ['adatum', id]);
      expect(decodeCursor(cursor, 'customers', ['text', 'uuid'])).toEqual(['adatum', id]);
      useCursorSecret('another secret');
      expect(invalid(() => decodeCursor(cursor, 'customers', ['text', 'uuid']))).toMatchObject({ reason: 'INVALID_CURSOR' });
    });

    it('not base64 JSON at all is INVALID_CURSOR', () => {
      for (const garbage of ['', '!!!', Buffer.from('{"a":1}').toString('base64url'), 'x'.repeat(2048)]) {
        expect(invalid(() => decodeCursor(garbage, 'customers', ['text', 'uuid']))).toMatchObject({ reason: 'INVALID_CURSOR' });
      }
    });
  });
});
