import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from './quickAdd.ts';

const now = new Date(2026, 10, 24, 15, 0);
const local = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).toISOString();

describe('quick add', () => {
  it('reads a day and a time in four languages', () => {
    expect(parseQuickAdd('Call Ivan tomorrow 10:00', now)).toEqual({ title: 'Call Ivan', type: 'call', dueAt: local(25, 10) });
    expect(parseQuickAdd('Подзвонити Івану завтра о 9:30', now)).toEqual({
      title: 'Подзвонити Івану',
      type: 'call',
      dueAt: local(25, 9, 30),
    });
    expect(parseQuickAdd('Позвонить Ольге послезавтра в 11', now)).toEqual({
      title: 'Позвонить Ольге',
      type: 'call',
      dueAt: local(26, 11),
    });
    expect(parseQuickAdd('Chiamare Marco domani alle 14', now)).toEqual({
      title: 'Chiamare Marco',
      type: 'call',
      dueAt: local(25, 14),
    });
  });

  it('makes all-day tasks from a bare day, and rolls a past time to tomorrow', () => {
    expect(parseQuickAdd('Send the invoice tomorrow', now)).toEqual({
      title: 'Send the invoice',
      type: 'todo',
      dueDate: '2026-11-25',
    });
    expect(parseQuickAdd('Meeting with Nova 9am', now)).toEqual({
      title: 'Meeting with Nova',
      type: 'meeting',
      dueAt: local(25, 9),
    });
    expect(parseQuickAdd('Order 20 boxes', now)).toEqual({ title: 'Order 20 boxes', type: 'todo' });
  });
});
