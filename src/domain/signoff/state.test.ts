import { describe, expect, it } from 'vitest';
import { decideSignoff, signoffStateOf, type SignoffState, type SignoffStep } from './state.js';

const owner = { mayCheck: true, mayApprove: false };
const officer = { mayCheck: true, mayApprove: true };
const event = (version: number, state: 'checked' | 'approved' | 'unlocked') => ({ version, state });

describe('the sign-off state of a figure', () => {
  it('is entered until someone checks it, and follows the events of its own version only', () => {
    expect(signoffStateOf([], 1)).toBe('entered');
    const events = [event(1, 'checked'), event(1, 'approved')];
    expect(signoffStateOf(events, 1)).toBe('approved');
    expect(signoffStateOf(events, 2)).toBe('entered');
  });

  it('goes back to entered when an approved figure is unlocked', () => {
    expect(signoffStateOf([event(1, 'checked'), event(1, 'approved'), event(1, 'unlocked')], 1)).toBe(
      'entered',
    );
  });
});

describe('deciding a sign-off step', () => {
  it.each<[SignoffState, SignoffStep, 'checked' | 'approved' | 'unlocked']>([
    ['entered', 'check', 'checked'],
    ['checked', 'approve', 'approved'],
    ['approved', 'unlock', 'unlocked'],
  ])('moves a figure that is %s on when asked to %s', (current, step, state) => {
    expect(decideSignoff(current, step, officer, 'source corrected')).toEqual({ ok: true, state });
  });

  it('refuses approval to the owner, who may only check', () => {
    expect(decideSignoff('checked', 'approve', owner, null)).toMatchObject({
      ok: false,
      problem: 'forbidden',
    });
    expect(decideSignoff('entered', 'check', { mayCheck: false, mayApprove: false }, null)).toMatchObject({
      ok: false,
      problem: 'forbidden',
    });
  });

  it('refuses to approve what has not been checked, or to check what is locked', () => {
    expect(decideSignoff('entered', 'approve', officer, null)).toMatchObject({
      ok: false,
      problem: 'conflict',
      message: expect.stringMatching(/not been checked/),
    });
    expect(decideSignoff('approved', 'check', officer, null)).toMatchObject({
      ok: false,
      problem: 'conflict',
      message: expect.stringMatching(/approved and locked/),
    });
    expect(decideSignoff('checked', 'check', officer, null)).toMatchObject({
      ok: false,
      problem: 'conflict',
    });
  });

  it('needs a reason to unlock, and unlocks only what is approved', () => {
    expect(decideSignoff('approved', 'unlock', officer, '  ')).toMatchObject({
      ok: false,
      problem: 'invalid-input',
      message: expect.stringMatching(/^reason: is required/),
    });
    expect(decideSignoff('checked', 'unlock', officer, 'typo')).toMatchObject({
      ok: false,
      problem: 'conflict',
    });
  });
});
