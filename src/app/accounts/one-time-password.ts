/**
 * The password an administrator hands to a person when adding them or resetting their password:
 * shown once, never stored in plain text. Letters and digits that cannot be mistaken for each
 * other when read aloud or copied from a screen (no 0/o, 1/l/i), in groups of five.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 5;

/** 20 characters from 31: about 99 bits, far beyond guessing within the sign-in throttle. */
export function oneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i += 1) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
